import Foundation
import Testing

/// `sterk` links no PostgreSQL client: a postgres:// store is handed to `sterk-postgres` beside
/// it, and without that program the user is told how to build it. Port 1 on the loopback
/// refuses at once, so no server is needed.
@Suite("PostgreSQL via sterk-postgres")
struct PostgresHandOffTests {
    static let unreachable = "postgres://sterk@127.0.0.1:1/sterk"

    @Test("--store postgres://… en STERK_STORE gaan naar sterk-postgres, dat de server probeert")
    func serverStoreIsHandedOver() throws {
        for (arguments, environment) in [
            (["werkbezoek", "lijst", "--store", Self.unreachable], [:]),
            (["werkbezoek", "lijst", "--store=\(Self.unreachable)"], [:]),
            (["werkbezoek", "lijst"], ["STERK_STORE": Self.unreachable]),
        ] {
            let result = try SterkBinary.run(arguments, environment: environment)
            #expect(result.status == 1, "\(arguments): \(result.stderr)")
            // Only the PostgreSQL client can say this: it tried to connect.
            #expect(result.stderr.contains("niet bereiken (verbinding geweigerd)"), "\(arguments): \(result.stderr)")
        }
    }

    @Test("zonder sterk-postgres ernaast: een Nederlandse melding hoe je het bouwt, en niets gewijzigd")
    func missingSiblingIsExplained() throws {
        let (status, error) = try LoneBinary.run { _ in ["werkbezoek", "lijst", "--store", Self.unreachable] }
        #expect(status == 1, "\(error)")
        #expect(error.contains("geen PostgreSQL-client") && error.contains("swift build --product sterk-postgres"))
    }

    @Test("een SQLite-store blijft in sterk zelf")
    func fileStoreStaysInSterk() throws {
        let (status, error) = try LoneBinary.run(prepare: LoneBinary.copyResources) { folder in
            ["werkbezoek", "lijst", "--store", folder.appendingPathComponent("werkbezoeken.sqlite").path]
        }
        #expect(status == 0, "\(error)")
    }
}
