import Testing
import SterkModel
@testable import SterkUI

/// The whole map panel as plain text, compared with reviewed golden files.
@Suite struct MapSnapshotTests {
    let scene: MapScene

    init() throws {
        scene = try #require(MapFixture.scene)
    }

    func render(_ width: Int, _ height: Int, _ mode: MapMode, selecting id: String? = nil) -> String {
        let selection = MapSelection(scene: scene, selectedID: id)
        return MapView(scene: scene, selection: selection, mode: mode).render(width: width, height: height).text
    }

    @Test func braille120x40() throws {
        try MapSnapshot.assert(render(120, 40, .braille, selecting: "pilot:vollenhove"), named: "map-braille-120x40")
    }

    @Test func braille80x30() throws {
        try MapSnapshot.assert(render(80, 30, .braille), named: "map-braille-80x30")
    }

    @Test func halfBlock80x24() throws {
        try MapSnapshot.assert(render(80, 24, .halfBlock), named: "map-halfblock-80x24")
    }

    @Test func ascii80x24() throws {
        try MapSnapshot.assert(render(80, 24, .ascii, selecting: "comparison:overvecht"), named: "map-ascii-80x24")
    }

    @Test func smallest40x20() throws {
        try MapSnapshot.assert(render(40, 20, .braille), named: "map-braille-40x20")
    }
}
