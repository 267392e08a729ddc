import Foundation
import SterkPostgres
import SterkStore
import Testing

/// The two back ends that the shared store tests run against: one suite, two stores.
enum StoreBackend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    /// SQLite always; PostgreSQL when a test server is configured (see `PostgresTestServer`).
    static var available: [StoreBackend] { PostgresTestServer.isConfigured ? [.sqlite, .postgres] : [.sqlite] }

    var testDescription: String { self == .sqlite ? "SQLite" : "PostgreSQL" }
}

/// One new, empty store of a back end: a file in a temporary directory, or a fresh database
/// on the test server. `location` is what `--store` takes.
final class StoreFixture {
    let backend: StoreBackend
    let directory: TemporaryDirectory
    let location: String

    init(_ backend: StoreBackend) throws {
        self.backend = backend
        directory = try TemporaryDirectory()
        switch backend {
        case .sqlite: location = directory.file("werkbezoeken.sqlite")
        case .postgres: location = try PostgresTestServer.createDatabase()
        }
    }

    /// Opens the store (creating or migrating it unless `readOnly`).
    func open(readOnly: Bool = false) throws -> any WerkbezoekStore {
        switch backend {
        case .sqlite: try SQLiteWerkbezoekStore(path: location, readOnly: readOnly)
        case .postgres: try PostgresWerkbezoekStore(url: location, readOnly: readOnly)
        }
    }

    /// The database name in a PostgreSQL location: its last path part, without `?…`.
    func databaseName() throws -> String {
        try #require(location.split(separator: "/").last.map { String($0.prefix { $0 != "?" }) })
    }

    /// The store with one new visit.
    func withVisit() throws -> (any WerkbezoekStore, Werkbezoek) {
        let store = try open()
        return (store, try store.create(Samples.details(), actor: "tester", at: Date()))
    }
}

extension WerkbezoekStore {
    /// The number of visits, through the protocol.
    func visitCount() throws -> Int { try visits(statuses: []).count }
}

extension WerkbezoekStore {
    /// `update` with the defaults the concrete stores give (the protocol cannot have them).
    func update(_ reference: VisitReference, details: VisitDetails, actor: String, note: String = "") throws
        -> Werkbezoek
    {
        try update(reference, details: details, actor: actor, note: note, at: Date())
    }
}
