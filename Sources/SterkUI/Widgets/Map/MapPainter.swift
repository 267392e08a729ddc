import SterkModel

/// Copies a raster into a buffer with styles, then the markers on top.
struct MapPainter {
    let raster: MapRaster
    let styles: MapStyles
    /// Where the map grid's top-left cell goes in the buffer.
    let origin: Rect

    func paint(into buffer: inout ScreenBuffer, scene: MapScene, selected: Int?) {
        for row in 0..<raster.projection.rows {
            for column in 0..<raster.projection.columns {
                guard let glyph = raster.glyph(column: column, row: row) else { continue }
                let style = glyph.role == .m50 ? styles.m50 : styles.outline
                buffer[origin.x + column, origin.y + row] = Cell(character: glyph.character, style: style)
            }
        }
        for (index, cell) in raster.markerCells.enumerated() where index < scene.markers.count {
            let kind = scene.markers[index].kind
            let style = index == selected ? styles.selected : styles.marker(kind)
            buffer[origin.x + cell.column, origin.y + cell.row] = Cell(character: kind.glyph(raster.mode), style: style)
        }
        if let selected, selected < raster.markerCells.count {
            let cell = raster.markerCells[selected]
            buffer.cursor = (origin.x + cell.column, origin.y + cell.row)
        }
    }
}
