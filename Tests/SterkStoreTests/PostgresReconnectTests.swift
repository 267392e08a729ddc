import Foundation
@testable import SterkPostgres
import SterkStore
import Testing

/// A connection the server drops (restart, pg_terminate_backend, a failover) is replaced: a read
/// is repeated once on a new connection, so the first command after a drop does not fail.
@Suite(
    "PostgreSQL: verbinding herstellen",
    .enabled(if: PostgresTestServer.isConfigured || PostgresTestServer.isCI, PostgresTestServer.skipReason))
struct PostgresReconnectTests {
    @Test("na een verbroken verbinding werkt het eerstvolgende lezen meteen, wanneer de client het ook merkt")
    func firstReadAfterADropWorks() throws {
        let fixture = try StoreFixture(.postgres)
        let (store, visit) = try fixture.withVisit()
        // Right after the kill the client may or may not have seen the drop: try both timings.
        for _ in 0..<5 {
            try terminateOtherSessions(fixture)
            #expect(try store.visit(visit.reference) == visit)
            #expect(try store.history(visit.reference).count == 1)
        }
    }

    @Test("een lezing die haar verbinding onderweg verliest, wordt één keer herhaald op een nieuwe")
    func readLosingItsConnectionIsRepeatedOnce() throws {
        let fixture = try StoreFixture(.postgres)
        let store = try #require(try fixture.open() as? PostgresWerkbezoekStore)
        var attempts = 0
        let answer = try store.reading { session throws(StoreError) in
            attempts += 1
            if attempts == 1 { try session.query("SELECT pg_terminate_backend(pg_backend_pid())") }
            return try session.query("SELECT 'verder'").count
        }
        #expect(attempts == 2)
        #expect(answer == 1)
    }

    @Test("een lezing wordt niet vaker dan één keer herhaald: de fout komt dan door")
    func readIsRepeatedOnlyOnce() throws {
        let fixture = try StoreFixture(.postgres)
        let store = try #require(try fixture.open() as? PostgresWerkbezoekStore)
        var attempts = 0
        let error = #expect(throws: StoreError.self) {
            try store.reading { session throws(StoreError) in
                attempts += 1
                try session.query("SELECT pg_terminate_backend(pg_backend_pid())")
                try session.query("SELECT 1")
            }
        }
        #expect(attempts == 2)
        #expect(error?.message.contains("viel weg") == true)
        #expect(try store.count() == 0, "the store still works after both drops")
    }

    /// Ends every session on the fixture's database but psql's own (a server-side drop).
    private func terminateOtherSessions(_ fixture: StoreFixture) throws {
        let database = try fixture.databaseName()
        try PostgresTestServer.psql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(database)' AND pid <> pg_backend_pid()",
            database: "postgres")
    }
}
