import Testing
@testable import SterkModel

/// Point-in-polygon on known places, and on hand-made rings with islands and holes.
@Suite struct GeoContainmentTests {
    let geo: GeoBundle
    let dataset: Dataset

    init() throws {
        geo = try GeoLoader.loadBundled()
        dataset = try DatasetLoader.loadBundled()
    }

    @Test func zeistIsInZeistNotInUtrecht() throws {
        let location = try #require(dataset.municipality("GM0355")?.location)
        #expect(geo.municipality("GM0355")?.contains(location.geoPoint) == true)
        #expect(geo.municipality("GM0344")?.contains(location.geoPoint) == false)
        #expect(geo.municipalities(containing: location.geoPoint) == ["GM0355"])
    }

    @Test func theNorthSeaIsInNothing() {
        let sea = GeoPoint(lon: 3.9, lat: 52.8)
        #expect(geo.municipalities(containing: sea).isEmpty)
        #expect(!geo.provinces.contains { $0.contains(sea) })
    }

    @Test func utrechtCityIsInProvinceUtrecht() {
        let dom = GeoPoint(lon: 5.1214, lat: 52.0907)
        #expect(geo.provinces.filter { $0.contains(dom) }.map(\.code) == ["PV26"])
    }

    @Test func everyDatasetLocationLiesInItsOwnMunicipality() {
        for (name, code, location) in DatasetPlaces.all(in: dataset) {
            #expect(geo.municipality(code)?.contains(location.geoPoint) == true, "\(name) in \(code)")
        }
    }

    @Test func holesAndIslandsFollowTheEvenOddRule() throws {
        let shape = try #require(Self.squareWithHoleAndIsland())
        #expect(shape.contains(GeoPoint(lon: 1, lat: 1)))  // in the square
        #expect(!shape.contains(GeoPoint(lon: 5, lat: 5)))  // in the hole
        #expect(shape.contains(GeoPoint(lon: 20.5, lat: 0.5)))  // on the island
        #expect(!shape.contains(GeoPoint(lon: 15, lat: 5)))  // at sea between them
    }

    @Test func boxIntersectionSeesEdgesCornersAndContainment() throws {
        let shape = try #require(Self.squareWithHoleAndIsland())
        let inHole = GeoBounds(minLon: 4.5, minLat: 4.5, maxLon: 5.5, maxLat: 5.5)
        let acrossEdge = GeoBounds(minLon: -1, minLat: 4, maxLon: 1, maxLat: 5)
        let spanningAnEdgeOnly = GeoBounds(minLon: 9, minLat: -5, maxLon: 11, maxLat: 15)
        let farAway = GeoBounds(minLon: 30, minLat: 30, maxLon: 31, maxLat: 31)
        #expect(!shape.intersects(inHole))
        #expect(shape.intersects(acrossEdge))
        #expect(shape.intersects(spanningAnEdgeOnly))
        #expect(!shape.intersects(farAway))
    }

    /// A 10×10 square with a 2×2 hole in its middle and a 1×1 island to the east.
    static func squareWithHoleAndIsland() -> GeoShape? {
        func ring(_ coordinates: [(Double, Double)]) -> Ring? {
            Ring(points: coordinates.map { GeoPoint(lon: $0.0, lat: $0.1) })
        }
        let rings = [
            ring([(0, 0), (10, 0), (10, 10), (0, 10)]),
            ring([(4, 4), (6, 4), (6, 6), (4, 6)]),
            ring([(20, 0), (21, 0), (21, 1), (20, 1)]),
        ].compactMap { $0 }
        return GeoShape(code: "T", name: "test", rings: rings)
    }
}

/// Every located thing in the dataset with the municipality it belongs to.
enum DatasetPlaces {
    static func all(in dataset: Dataset) -> [(name: String, code: String, location: Location)] {
        let areas = dataset.focusAreas.map { ($0.name, $0.municipalityCode, $0.location) }
        let wijken = dataset.wijken.map { ($0.name, $0.municipalityCode, $0.location) }
        let members = dataset.m50.memberList.members.compactMap { member in
            dataset.municipality(member.municipalityCode)?.location.map {
                (member.listedName, member.municipalityCode, $0)
            }
        }
        return areas + wijken + members
    }
}
