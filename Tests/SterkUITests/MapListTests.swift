import Testing
import SterkModel
@testable import SterkUI

/// The plain list beside the map, and the facts the side pane shows.
@Suite struct MapListTests {
    let scene: MapScene

    init() throws {
        scene = try #require(MapFixture.scene)
    }

    @Test func listHoldsEveryMarkerInMapOrder() {
        let list = scene.accessibleList
        #expect(list.count == scene.dataset.focusAreas.count + scene.dataset.wijken.count)
        #expect(list.map(\.markerID) == scene.markers.map(\.id))
        #expect(list.contains { $0.line == "Vollenhove — M50-pilot — Zeist (Utrecht)" })
        #expect(list.contains { $0.line == "Rotterdam-Zuid — focusgebied — Rotterdam (Zuid-Holland)" })
    }

    @Test func markerKindsMatchTheDataset() {
        let counts = Dictionary(grouping: scene.markers, by: \.kind).mapValues(\.count)
        #expect(counts[.focusArea] == 20)
        #expect(counts[.pilot] == scene.dataset.wijken.filter { $0.kind == .pilot }.count)
        #expect(counts[.comparison] == scene.dataset.wijken.filter { $0.kind == .comparison }.count)
    }

    @Test func detailsShowGapsAsOnbekendAndTheTownCaveat() throws {
        let wilgensingel = try #require(scene.markers.first { $0.id == "pilot:wilgensingel" })
        let details = MapMarkerDetails(marker: wilgensingel, dataset: scene.dataset)
        #expect(details.inhabitants == "onbekend")
        #expect(details.lowWelfare == "onbekend")
        #expect(details.isMember)
        #expect(details.location == "plaatsaanduiding; markeert de stad, niet het gebied")
    }

    @Test func detailsOfAFocusAreaCarryItsFigures() throws {
        let overvecht = try #require(scene.markers.first { $0.id == "focusArea:utrecht-overvecht" })
        let details = MapMarkerDetails(marker: overvecht, dataset: scene.dataset)
        #expect(details.inhabitants == "ca. 36.000")
        #expect(details.lowWelfare == "16,5 %")
        #expect(details.municipality == "Utrecht (Utrecht)")
        #expect(!details.isMember)
        #expect(details.location == "bij benadering")
    }
}
