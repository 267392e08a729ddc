import Testing
@testable import SterkModel

/// A broken geometry file gives a Dutch error, never a trap.
@Suite struct GeoLoaderErrorTests {
    static let ring = "[5000,52000,10,0,0,10]"

    static func file(format: String = "\"sterk-geo 1\"", scale: String = "1000", rings: String = "[\(ring)]") -> [UInt8]
    {
        Array(
            """
            {"format":\(format),"attribution":"a","scale":\(scale),
             "provinces":[{"code":"PV1","name":"P","rings":\(rings)}],"municipalities":[]}
            """.utf8)
    }

    @Test func aMinimalFileLoads() throws {
        let bundle = try GeoLoader.decode(bytes: Self.file())
        let ring = try #require(bundle.provinces.first?.rings.first)
        #expect(
            ring.points == [
                GeoPoint(lon: 5, lat: 52), GeoPoint(lon: 5.01, lat: 52),
                GeoPoint(lon: 5.01, lat: 52.01),
            ])
    }

    @Test(arguments: [
        ([UInt8](), "geen geldige JSON"),
        (Array("{\"format\":".utf8), "geen geldige JSON"),
        (file(format: "\"sterk-geo 2\""), "onbekend formaat"),
        (file(format: "1"), "tekstveld \"format\" ontbreekt"),
        (file(scale: "0"), "\"scale\" moet groter dan 0 zijn"),
        (file(rings: "[[1,2,3]]"), "even aantal getallen"),
        (file(rings: "[[1,2,3,4]]"), "minder dan 3 punten"),
        (file(rings: "[[1,2,\"x\",4,5,6]]"), "alleen getallen"),
        (file(rings: "[]"), "geen ringen"),
        (file(rings: "{}"), "code, name of rings ontbreekt"),
    ])
    func brokenFilesAreRefusedWithAReason(bytes: [UInt8], expected: String) {
        #expect {
            _ = try GeoLoader.decode(bytes: bytes)
        } throws: { error in
            guard let error = error as? GeoError, case .invalid = error else { return false }
            return error.description.contains(expected) && error.description.hasPrefix("geo.json")
        }
    }
}
