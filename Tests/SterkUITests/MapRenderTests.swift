import Testing
import SterkModel
@testable import SterkUI

/// Raster caching, styles by role, the cursor, layouts and a broken geometry file.
@Suite struct MapRenderTests {
    let dataset: Dataset
    let geometry: GeoBundle

    init() throws {
        let scene = try #require(MapFixture.scene)
        dataset = scene.dataset
        geometry = try scene.geometry.get()
    }

    /// A fresh scene, so its cache starts empty.
    func freshScene() -> MapScene { MapScene(dataset: dataset, geometry: .success(geometry)) }

    @Test func movingTheSelectionDoesNotRasteriseAgain() {
        let scene = freshScene()
        var selection = MapSelection(scene: scene)
        _ = MapView(scene: scene, selection: selection, mode: .braille).render(width: 120, height: 40)
        selection.move(.down)
        _ = MapView(scene: scene, selection: selection, mode: .braille).render(width: 120, height: 40)
        #expect(scene.cache.builds == 1)
        // A wider panel with the same height gives the map the same grid: still cached.
        _ = MapView(scene: scene, selection: selection, mode: .braille).render(width: 110, height: 40)
        #expect(scene.cache.builds == 1)
        _ = MapView(scene: scene, selection: selection, mode: .braille).render(width: 80, height: 24)
        _ = MapView(scene: scene, selection: selection, mode: .ascii).render(width: 80, height: 24)
        #expect(scene.cache.builds == 3)
    }

    @Test func selectedMarkerTakesTheSelectedStyleAndTheCursor() throws {
        let scene = freshScene()
        let selection = MapSelection(scene: scene, selectedID: "pilot:vollenhove")
        let styles = MapStyles(
            outline: .plain, m50: Style(foreground: .indexed(2)), focusMarker: Style(foreground: .indexed(3)),
            pilotMarker: Style(foreground: .indexed(4)), comparisonMarker: Style(foreground: .indexed(5)),
            selected: Style(attributes: .reverse), legend: Style(foreground: .indexed(8)))
        let buffer = MapView(scene: scene, selection: selection, mode: .braille, styles: styles).render(
            width: 120, height: 40)
        let cursor = try #require(buffer.cursor)
        #expect(buffer[cursor.x, cursor.y] == Cell(character: "◆", style: styles.selected))
        let others = buffer.cells.filter { $0.character == "◆" && $0.style == styles.pilotMarker }
        #expect(others.count == scene.markers.filter { $0.kind == .pilot }.count - 1)
        #expect(buffer.cells.contains { $0.style == styles.m50 && $0.character == "⣿" })
    }

    @Test func widePanelsGetASidePaneNarrowOnesAStrip() {
        let view = MapView(scene: freshScene(), selection: MapSelection(markers: []), mode: .braille)
        let wide = view.layout(for: Rect(x: 0, y: 0, width: 120, height: 40), geometry: geometry)
        let narrow = view.layout(for: Rect(x: 0, y: 0, width: 40, height: 20), geometry: geometry)
        #expect(wide.arrangement == .side && narrow.arrangement == .stacked)
        #expect(wide.map.height == 40 - wide.footerLines.count)
        #expect(wide.info.x > wide.map.maxX)
        #expect(narrow.info.y >= narrow.map.maxY)
    }

    @Test func theMapRendersInsideAnOffsetRectOnly() {
        let scene = freshScene()
        var buffer = ScreenBuffer(width: 100, height: 40, fill: Cell(character: "x"))
        let rect = Rect(x: 10, y: 5, width: 80, height: 30)
        MapView(scene: scene, selection: MapSelection(scene: scene), mode: .braille).render(into: &buffer, in: rect)
        #expect(buffer.line(0) == String(repeating: "x", count: 100))
        #expect(buffer.line(5).hasPrefix(String(repeating: "x", count: 10)))
        #expect(buffer.line(5).hasSuffix(String(repeating: "x", count: 10)))
        let alone = MapView(scene: scene, selection: MapSelection(scene: scene), mode: .braille).render(
            width: 80, height: 30)
        #expect(DisplayWidth.pad(alone.line(3), to: 80) == String(buffer.line(8).dropFirst(10).dropLast(10)))
    }

    @Test func brokenGeometryIsExplainedNotFatal() {
        let scene = MapScene(dataset: dataset, geometry: .failure(.invalid(reason: "ring 3 kapot")))
        let text = MapView(scene: scene, selection: MapSelection(scene: scene), mode: .braille).render(
            width: 80, height: 24
        ).text
        #expect(text.contains("kaart niet beschikbaar"))
        #expect(text.contains("ring 3 kapot"))
        for size in [(1, 1), (2, 1), (40, 20)] {
            _ = MapView(scene: scene, selection: MapSelection(scene: scene), mode: .ascii).render(
                width: size.0, height: size.1)
        }
        #expect(scene.accessibleList.count == scene.markers.count)
    }

    @Test func styleRolesAreNamedForTheThemeFiles() {
        #expect(
            MapStyles.roleNames == [
                "map.outline", "map.m50", "map.marker.focus", "map.marker.pilot",
                "map.marker.comparison", "map.selected", "map.legend",
            ])
    }
}
