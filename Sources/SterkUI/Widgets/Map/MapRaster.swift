import SterkModel

/// The drawn map for one grid size and mode: glyphs with their role, and marker cells.
///
/// It does not hold styles, so a theme change or a new selection reuses it as is.
struct MapRaster: Sendable {
    /// Which style a drawn cell takes.
    enum Role: Sendable, Hashable { case outline, m50 }

    /// A drawn background cell.
    struct Glyph: Sendable, Hashable {
        let character: Character
        let role: Role
    }

    let projection: MapProjection
    let mode: MapMode
    /// Row-major, `projection.columns × projection.rows`; nil where nothing is drawn.
    let glyphs: [Glyph?]
    /// The cell of each of the scene's markers, in the scene's order.
    let markerCells: [MapCellPosition]

    /// The glyph at a cell of the map grid.
    func glyph(column: Int, row: Int) -> Glyph? {
        guard column >= 0, row >= 0, column < projection.columns, row < projection.rows else { return nil }
        return glyphs[row * projection.columns + column]
    }

    /// Rasterises provinces and M50 members, then composes cells; the expensive step.
    static func build(scene: MapScene, geometry: GeoBundle, columns: Int, rows: Int, mode: MapMode) -> MapRaster {
        let projection = MapProjection(bounds: geometry.bounds, columns: columns, rows: rows, dots: mode.dots)
        let rasteriser = ShapeRasteriser(projection: projection)
        var outline = DotRaster(width: projection.dotColumns, height: projection.dotRows)
        var shaded = outline
        for province in geometry.provinces { rasteriser.outline(province, into: &outline) }
        for code in scene.memberCodes {
            if let shape = geometry.municipality(code) { rasteriser.fill(shape, into: &shaded) }
        }
        let composer = MapCellComposer(projection: projection, mode: mode, outline: outline, shaded: shaded)
        return MapRaster(
            projection: projection, mode: mode, glyphs: composer.compose(),
            markerCells: MarkerPlacement(projection: projection).place(scene.markers))
    }
}
