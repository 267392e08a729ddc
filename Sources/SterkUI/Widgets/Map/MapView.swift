import SterkModel

/// The map panel: the country, shaded M50 members, markers, legend, credit and the
/// selected marker's facts. Pure: the same inputs give the same cells.
///
/// Embed it with `render(into:in:)` for a dashboard panel, or `render(width:height:)` for
/// a full-screen slide. Below 40×20 it shows "kaart te klein"; it never traps at any size.
public struct MapView: Sendable {
    public let scene: MapScene
    public let selection: MapSelection
    public let mode: MapMode
    public let styles: MapStyles

    /// Creates a view of a scene with a selection, a rendering mode and theme styles.
    public init(scene: MapScene, selection: MapSelection, mode: MapMode, styles: MapStyles = .monochrome) {
        self.scene = scene
        self.selection = selection
        self.mode = mode
        self.styles = styles
    }

    /// A buffer of exactly this size holding only the map panel.
    public func render(width: Int, height: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        render(into: &buffer, in: buffer.bounds)
        return buffer
    }

    /// Draws into `rect` of `buffer`, clearing it first; sets the cursor on the selected marker.
    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        let area = rect.intersection(buffer.bounds)
        buffer.fill(area)
        guard !area.isEmpty else { return }
        guard case let .success(geometry) = scene.geometry else {
            return drawMessage([DutchMap.unavailable] + failureReason(), in: area, buffer: &buffer)
        }
        let layout = layout(for: area, geometry: geometry)
        guard layout.arrangement != .tooSmall else {
            return drawMessage([DutchMap.tooSmall(width: area.width, height: area.height)], in: area, buffer: &buffer)
        }
        if let raster = scene.raster(columns: layout.map.width, rows: layout.map.height, mode: mode) {
            MapPainter(raster: raster, styles: styles, origin: layout.map).paint(
                into: &buffer, scene: scene,
                selected: selectedIndex)
        }
        drawInfo(layout, buffer: &buffer)
        drawLines(layout.legendLines, in: layout.legend, style: styles.legend, buffer: &buffer)
        drawLines(layout.footerLines, in: layout.footer, style: styles.legend, buffer: &buffer)
    }

    /// Where everything goes in `rect`; tests use it to find the map's own grid.
    func layout(for rect: Rect, geometry: GeoBundle) -> MapLayout {
        MapLayout(rect: rect, mode: mode, countryAspect: countryAspect(geometry), attribution: scene.attribution)
    }

    /// The selected marker's position in the scene's list (selection may come from a copy).
    private var selectedIndex: Int? {
        selection.selected.flatMap { selected in scene.markers.firstIndex { $0.id == selected.id } }
    }

    private func failureReason() -> [String] {
        guard case let .failure(error) = scene.geometry else { return [] }
        return [error.description]
    }

    /// Physical width over height of the projected country.
    private func countryAspect(_ geometry: GeoBundle) -> Double {
        let box = geometry.bounds
        return (box.maxLon - box.minLon) * MapProjection.longitudeScale / max(1e-9, box.maxLat - box.minLat)
    }

    private func drawInfo(_ layout: MapLayout, buffer: inout ScreenBuffer) {
        guard let marker = selection.selected else {
            return drawLines([DutchMap.noMarkers], in: layout.info, style: styles.legend, buffer: &buffer)
        }
        let details = MapMarkerDetails(marker: marker, dataset: scene.dataset)
        let lines =
            layout.arrangement == .side
            ? MapTextWrap.paragraphs(details.lines, width: layout.info.width, height: layout.info.height)
            : details.compactLines.map { DisplayWidth.truncate($0, to: layout.info.width) }
        for (offset, line) in lines.prefix(layout.info.height).enumerated() {
            let style = offset == 0 ? styles.selected : styles.legend
            buffer.write(line, x: layout.info.x, y: layout.info.y + offset, style: style, clip: layout.info)
        }
    }

    private func drawLines(_ lines: [String], in rect: Rect, style: Style, buffer: inout ScreenBuffer) {
        for (offset, line) in lines.prefix(rect.height).enumerated() {
            buffer.write(line, x: rect.x, y: rect.y + offset, style: style, clip: rect)
        }
    }

    /// Wrapped, vertically centred lines for "kaart te klein" and load failures.
    private func drawMessage(_ paragraphs: [String], in area: Rect, buffer: inout ScreenBuffer) {
        let lines = paragraphs.flatMap { MapTextWrap.lines($0, width: area.width) }.prefix(area.height)
        let top = area.y + (area.height - lines.count) / 2
        for (offset, line) in lines.enumerated() {
            let x = area.x + (area.width - DisplayWidth.of(line)) / 2
            buffer.write(line, x: x, y: top + offset, style: styles.legend, clip: area)
        }
    }
}
