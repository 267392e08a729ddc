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
        let (status, error) = try Self.runAlone { _ in ["werkbezoek", "lijst", "--store", Self.unreachable] }
        #expect(status == 1, "\(error)")
        #expect(error.contains("geen PostgreSQL-client") && error.contains("swift build --product sterk-postgres"))
    }

    @Test("een SQLite-store blijft in sterk zelf")
    func fileStoreStaysInSterk() throws {
        let (status, error) = try Self.runAlone { folder in
            ["werkbezoek", "lijst", "--store", folder.appendingPathComponent("werkbezoeken.sqlite").path]
        }
        #expect(status == 0, "\(error)")
    }

    /// Runs a lone copy of `sterk` (see `sterkAlone`) in a fresh folder with the arguments
    /// `arguments(folder)` gives; returns its exit status and what it wrote to stderr.
    static func runAlone(_ arguments: (URL) -> [String]) throws -> (status: Int32, error: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sterk-alleen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let status = SterkBinary.spawn(
            [try sterkAlone(in: folder)] + arguments(folder), stdout: folder.appendingPathComponent("out").path,
            stderr: folder.appendingPathComponent("err").path, environment: ["PATH": "/usr/bin:/bin"])
        return (status, try String(contentsOf: folder.appendingPathComponent("err"), encoding: .utf8))
    }

    /// The built binary in `folder` without `sterk-postgres` beside it: a hard link (its own
    /// directory is what /proc/self/exe reports), or a copy across file systems.
    static func sterkAlone(in folder: URL) throws -> String {
        let alone = folder.appendingPathComponent("sterk").path
        if link(SterkBinary.path, alone) != 0 {
            try FileManager.default.copyItem(atPath: SterkBinary.path, toPath: alone)
        }
        return alone
    }
}
