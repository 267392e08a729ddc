import Testing
import SterkModel
@testable import SterkUI

/// Every place lands on a screen cell that shows its own municipality.
///
/// "At the map's resolution" means: take the cell (in the map's own grid, as laid out in a
/// panel of the given size) that the location projects to; the geographic rectangle that
/// cell's dots cover must intersect the municipality's bundled outline. A point that is
/// right to within a cell passes; one that lands a cell away from its municipality fails.
@Suite struct MapResolutionTests {
    let scene: MapScene
    let dataset: Dataset
    let geo: GeoBundle

    init() throws {
        scene = try #require(MapFixture.scene)
        dataset = scene.dataset
        geo = try scene.geometry.get()
    }

    /// Focus areas, pilot wijken, comparison areas and M50 members with a location.
    var places: [(name: String, code: String, point: GeoPoint)] {
        let areas = dataset.focusAreas.map { ($0.name, $0.municipalityCode, $0.location.geoPoint) }
        let wijken = dataset.wijken.map { ($0.name, $0.municipalityCode, $0.location.geoPoint) }
        let members = dataset.m50.memberList.members.compactMap { member in
            dataset.municipality(member.municipalityCode)?.location.map {
                (member.listedName, member.municipalityCode, $0.geoPoint)
            }
        }
        return areas + wijken + members
    }

    @Test func everyKindOfPlaceIsChecked() {
        #expect(places.count == dataset.focusAreas.count + dataset.wijken.count + 61)
        #expect(dataset.wijken.contains { $0.kind == .pilot } && dataset.wijken.contains { $0.kind == .comparison })
    }

    @Test(arguments: [(120, 40), (80, 24)])
    func placesLandOnTheirMunicipalityInThePanel(width: Int, height: Int) throws {
        let view = MapView(scene: scene, selection: MapSelection(scene: scene), mode: .braille)
        let grid = view.layout(for: Rect(x: 0, y: 0, width: width, height: height), geometry: geo).map
        let projection = try #require(scene.projection(columns: grid.width, rows: grid.height, mode: .braille))
        try expectEveryPlaceInside(projection)
    }

    @Test(arguments: [(120, 40), (80, 24)])
    func placesLandOnTheirMunicipalityOnAWholeGrid(width: Int, height: Int) throws {
        let projection = try #require(scene.projection(columns: width, rows: height, mode: .braille))
        try expectEveryPlaceInside(projection)
    }

    @Test func aPlaceInTheWrongMunicipalityIsCaught() throws {
        // Guards the check itself: Zeist's point tested against Groningen must fail.
        let projection = try #require(scene.projection(columns: 120, rows: 40, mode: .braille))
        let zeist = try #require(dataset.municipality("GM0355")?.location?.geoPoint)
        #expect(!cellShows(zeist, municipality: "GM0014", projection))
        #expect(cellShows(zeist, municipality: "GM0355", projection))
    }

    private func expectEveryPlaceInside(_ projection: MapProjection) throws {
        for place in places {
            #expect(
                cellShows(place.point, municipality: place.code, projection),
                "\(place.name) (\(place.code)) valt op een cel buiten de gemeente")
        }
    }

    private func cellShows(_ point: GeoPoint, municipality code: String, _ projection: MapProjection) -> Bool {
        guard let cell = projection.cell(point), let shape = geo.municipality(code) else { return false }
        return shape.intersects(projection.bounds(column: cell.column, row: cell.row))
    }
}
