import Testing
@testable import SterkModel

/// The bundled geometry loads whole and matches the dataset's provinces and municipalities.
@Suite struct GeoBundleTests {
    let geo: GeoBundle
    let dataset: Dataset

    init() throws {
        geo = try GeoLoader.loadBundled()
        dataset = try DatasetLoader.loadBundled()
    }

    @Test func twelveProvincesAnd342Municipalities() {
        #expect(geo.provinces.count == 12)
        #expect(geo.municipalities.count == 342)
    }

    @Test func codesMatchTheDataset() {
        #expect(Set(geo.provinces.map(\.code)) == Set(dataset.provinces.map(\.code)))
        #expect(Set(geo.municipalities.map(\.code)) == Set(dataset.municipalities.map(\.code)))
    }

    @Test func carriesTheCBSAttribution() {
        #expect(geo.attribution == "Kaartgrenzen: © CBS / Kadaster (PDOK), CC BY 4.0; vereenvoudigd door cartomap/nl.")
    }

    @Test func boundsAreTheNetherlands() {
        #expect(geo.bounds.minLon > 3.2 && geo.bounds.minLon < 3.5)
        #expect(geo.bounds.maxLon > 7.1 && geo.bounds.maxLon < 7.3)
        #expect(geo.bounds.minLat > 50.7 && geo.bounds.minLat < 50.8)
        #expect(geo.bounds.maxLat > 53.4 && geo.bounds.maxLat < 53.6)
    }

    @Test func waddenIslandsSurviveSimplification() throws {
        let fryslan = try #require(geo.provinces.first { $0.code == "PV21" })
        // Mainland plus Vlieland, Terschelling, Ameland, Schiermonnikoog.
        #expect(fryslan.rings.count >= 5)
        for code in ["GM0448", "GM0096", "GM0093", "GM0060", "GM0088"] {
            #expect(geo.municipality(code) != nil, "\(code)")
        }
    }

    @Test func bundledResultIsTheSameGeometry() throws {
        let lazy = try GeoBundle.bundled.get()
        #expect(lazy.municipalities.count == geo.municipalities.count)
        #expect(lazy.municipality("GM0355")?.name == "Zeist")
    }
}
