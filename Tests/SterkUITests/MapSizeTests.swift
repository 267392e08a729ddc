import Testing
import SterkModel
@testable import SterkUI

/// Every size from 1×1 to 130×45 renders without trapping, and says what it can show.
@Suite struct MapSizeTests {
    let scene: MapScene

    init() throws {
        scene = try #require(MapFixture.scene)
    }

    func render(_ width: Int, _ height: Int, _ mode: MapMode) -> ScreenBuffer {
        MapView(scene: scene, selection: MapSelection(scene: scene), mode: mode).render(width: width, height: height)
    }

    /// Every size below the minimum (cheap: no map is drawn).
    static let tooSmallSizes = (1...130).flatMap { width in
        (1...45).compactMap { height in width < 40 || height < 20 ? (width, height) : nil }
    }

    /// Every width at a few heights and every height at a few widths: this crosses each
    /// switch between the stacked and side layouts without rasterising 3,000 sizes per mode.
    static let mapSizes = Array(
        Set(
            (40...130).flatMap { width in [20, 24, 45].map { SizeKey(width, $0) } }
                + (20...45).flatMap { height in [40, 80, 130].map { SizeKey($0, height) } }))

    /// The too-small path draws no map, so one mode covers it.
    @Test func everySizeBelowTheMinimumSaysTooSmall() {
        let failures = Self.tooSmallSizes.compactMap { width, height in
            check(render(width, height, .braille), width: width, height: height, mode: .braille)
                .map { "\(width)×\(height): \($0)" }
        }
        #expect(failures.isEmpty, "\(failures.count) maten: \(failures.prefix(5))")
    }

    @Test(arguments: MapMode.allCases)
    func largerSizesShowEveryMarkerAndTheCredit(mode: MapMode) {
        let failures = Self.mapSizes.compactMap { size in
            check(render(size.width, size.height, mode), width: size.width, height: size.height, mode: mode)
                .map { "\(size.width)×\(size.height): \($0)" }
        }
        #expect(Self.mapSizes.count > 300)
        #expect(failures.isEmpty, "\(failures.count) maten: \(failures.prefix(5))")
    }

    /// Below 40×20 a "kaart te klein" message (as far as it fits); from there every marker
    /// and the whole credit line.
    private func check(_ buffer: ScreenBuffer, width: Int, height: Int, mode: MapMode) -> String? {
        guard buffer.width == width, buffer.height == height else { return "verkeerde grootte" }
        let text = buffer.text
        if width < MapLayout.minimumWidth || height < MapLayout.minimumHeight {
            // The message wraps; at 16 columns and up its first words stay on one line.
            let wanted = width >= 16 ? "kaart te klein" : "ka"
            return text.contains(wanted) || width < 3 ? nil : "geen melding"
        }
        let flat = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        guard flat.contains(scene.attribution) else { return "bronvermelding ontbreekt" }
        guard let geometry = try? scene.geometry.get() else { return "geen kaartgegevens" }
        let map = MapView(scene: scene, selection: MapSelection(scene: scene), mode: mode)
            .layout(for: buffer.bounds, geometry: geometry).map
        for kind in MapMarker.Kind.allCases {
            let expected = scene.markers.filter { $0.kind == kind }.count
            let found = glyphs(kind.glyph(mode), in: map, of: buffer)
            guard found == expected else { return "\(kind): \(found) tekens op de kaart, verwacht \(expected)" }
        }
        return buffer.cursor == nil ? "cursor niet op de selectie" : nil
    }

    private func glyphs(_ glyph: Character, in rect: Rect, of buffer: ScreenBuffer) -> Int {
        var count = 0
        for row in rect.y..<rect.maxY {
            for column in rect.x..<rect.maxX where buffer[column, row].character == glyph { count += 1 }
        }
        return count
    }

    @Test func tooSmallSaysSoWithTheNeededSize() {
        let text = render(39, 25, .braille).text
        #expect(text.contains("kaart te klein: 39×25, nodig 40×20"))
        #expect(!render(40, 20, .braille).text.contains("kaart te klein"))
    }
}

/// A hashable panel size for building the test's size set.
struct SizeKey: Hashable, Sendable {
    let width: Int
    let height: Int
    init(_ width: Int, _ height: Int) {
        self.width = width
        self.height = height
    }
}
