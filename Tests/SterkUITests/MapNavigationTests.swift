import Testing
import SterkModel
@testable import SterkUI

/// Arrow keys move across the map, not down the list; Home/End, Tab and Enter.
@Suite struct MapNavigationTests {
    let scene: MapScene

    init() throws {
        scene = try #require(MapFixture.scene)
    }

    var westernmost: MapMarker? { scene.markers.min { $0.location.lon < $1.location.lon } }
    var easternmost: MapMarker? { scene.markers.max { $0.location.lon < $1.location.lon } }

    /// Presses keys from a starting marker; returns each key's result and the final selection.
    func press(_ keys: [Key], from id: String? = nil) -> ([MapKeyResult], MapSelection) {
        var selection = MapSelection(scene: scene, selectedID: id)
        let results = keys.map { selection.handle($0) }
        return (results, selection)
    }

    @Test func rightFromTheWesternmostGoesEast() throws {
        let start = try #require(westernmost)
        let (results, selection) = press([.right], from: start.id)
        #expect(results == [.moved])
        #expect(try #require(selection.selected).location.lon > start.location.lon)
    }

    @Test func upFromTheSouthernmostGoesNorth() throws {
        let start = try #require(scene.markers.min { $0.location.lat < $1.location.lat })
        let (results, selection) = press([.up], from: start.id)
        #expect(results == [.moved])
        #expect(try #require(selection.selected).location.lat > start.location.lat)
    }

    @Test func movingStopsAtTheEdgeInsteadOfWrapping() throws {
        let start = try #require(easternmost)
        let (results, selection) = press([.right, .right], from: start.id)
        #expect(results == [.unchanged, .unchanged])
        #expect(selection.selected == start)
    }

    @Test func everyMarkerCanBeReachedWithArrowKeys() throws {
        let start = try #require(scene.markers.first)
        var reached: Set<String> = [start.id]
        var queue = [start.id]
        while let id = queue.popLast() {
            for key in [Key.up, .down, .left, .right] {
                let (_, selection) = press([key], from: id)
                if let next = selection.selected?.id, reached.insert(next).inserted { queue.append(next) }
            }
        }
        #expect(reached.count == scene.markers.count)
    }

    @Test func markersAtTheSameSpotAreBothReachable() {
        // Utrecht Overvecht is a focus area and a comparison area at identical coordinates.
        let (_, right) = press([.right], from: "focusArea:utrecht-overvecht")
        #expect(right.selected?.id == "comparison:overvecht")
        let (_, back) = press([.right, .left], from: "focusArea:utrecht-overvecht")
        #expect(back.selected?.id == "focusArea:utrecht-overvecht")
    }

    @Test func homeEndAndTabFollowTheListFromNorthToSouth() {
        let (results, selection) = press([.end, .tab, .backTab])
        #expect(results == [.moved, .unchanged, .moved])
        #expect(selection.index == scene.markers.count - 2)
        let (_, home) = press([.home], from: scene.markers.last?.id)
        #expect(home.selected?.id == "focusArea:groningen-noord")
        let latitudes = scene.markers.map(\.location.lat)
        #expect(latitudes == latitudes.sorted(by: >))
    }

    @Test func enterOpensTheSelectedEntity() throws {
        let (results, selection) = press([.enter, .character("q")], from: "pilot:vollenhove")
        #expect(results == [.open(.wijk(id: "vollenhove")), .notHandled])
        let entity = try #require(selection.selectedEntity?.resolve(in: scene.dataset))
        #expect(entity.name == "Vollenhove")
    }

    @Test func noMarkersMeansNothingSelectedAndNothingOpens() {
        var selection = MapSelection(markers: [])
        let results = [Key.enter, .left, .home, .tab].map { selection.handle($0) }
        #expect(results == [.unchanged, .unchanged, .unchanged, .unchanged])
        #expect(selection.selected == nil)
    }
}
