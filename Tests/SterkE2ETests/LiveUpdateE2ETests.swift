import Foundation
import Testing

/// An open read-only dashboard (a lobby screen) follows a change made by another program,
/// without `r`: within 2 s, for the SQLite file and for a PostgreSQL server.
@Suite("Live bijwerken in tmux", .enabled(if: E2E.canRunTmux, E2E.skipReason), .timeLimit(.minutes(1)))
struct LiveUpdateE2ETests {
    @Test func sqliteChangeAppearsInAnotherDashboard() throws {
        let session = TmuxSession()
        defer { session.close() }
        try expectLiveUpdate(session, store: session.directory + "/werkbezoeken.sqlite")
    }

    @Test(
        .enabled(
            if: LivePostgres.adminURL != nil || ProcessInfo.processInfo.environment["CI"] == "true",
            "PostgreSQL-test OVERGESLAGEN: STERK_TEST_POSTGRES is niet gezet (eval \"$(scripts/pg-test-cluster.sh start)\")"
        ))
    func postgresChangeAppearsInAnotherDashboard() throws {
        let session = TmuxSession()
        defer { session.close() }
        try expectLiveUpdate(session, store: try LivePostgres.createDatabase())
    }

    private func expectLiveUpdate(_ session: TmuxSession, store: String) throws {
        let binary = try #require(BuiltBinary.path)
        var cli = Spawn.inheritedEnvironment()
        cli["XDG_DATA_HOME"] = session.directory + "/xdg"
        let created = Spawn.run(
            [
                binary, "werkbezoek", "nieuw", "--store", store, "--bezoeker", "Fatima el Amraní|Tweede Kamerlid|CDA",
                "--gemeente", "Zeist", "--voorgesteld", "2030-06-01 10:00", "--contact", "Els de Wit",
            ], environment: cli)
        try #require(created.status == 0, "\(created.output)")
        let reference = try #require(
            created.output.split(separator: " ").first { $0.hasPrefix("WB-") }.map { String($0.prefix(11)) })

        var environment = "LANG=C.UTF-8 TERM=tmux-256color XDG_DATA_HOME='\(session.directory)/xdg'"
        if let passfile = cli["PGPASSFILE"] { environment += " PGPASSFILE='\(passfile)'" }
        session.startSterk("dashboard --alleen-lezen --store '\(store)'", environment: environment)
        #expect(session.waitFor("q stop").ok)
        session.send("8")  // Werkbezoeken
        let (before, shown) = session.waitFor("Fatima el Amraní")
        try #require(shown, "\(before)")
        #expect(!before.contains("in voorbereiding"))

        let started = Date()
        let changed = Spawn.run(
            [binary, "werkbezoek", "zet", reference, "in-voorbereiding", "--store", store, "--door", "elders"],
            environment: cli)
        try #require(changed.status == 0, "\(changed.output)")
        let (after, appeared) = session.waitFor("in voorbereiding", timeout: 2)
        let seconds = Date().timeIntervalSince(started)
        #expect(appeared, "not shown within 2 s:\n\(after)")
        print(
            "live update \(store.hasPrefix("postgres") ? "PostgreSQL" : "SQLite"): \(Int(seconds * 1000)) ms from `zet` start to screen"
        )
        session.send("q")
        #expect(session.waitForExitStatus() == 0)
    }
}

/// Just enough of the test server for this suite: a fresh database (psql as the superuser).
enum LivePostgres {
    static let adminURL = ProcessInfo.processInfo.environment["STERK_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    static func createDatabase() throws -> String {
        let admin = try #require(adminURL, "STERK_TEST_POSTGRES not set")
        let name = "sterk_e2e_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
        let result = Spawn.run(
            [
                "/usr/bin/psql", admin, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c",
                "CREATE DATABASE \(name) OWNER sterk_eigenaar",
            ],
            environment: Spawn.inheritedEnvironment())
        try #require(result.status == 0, "psql: \(result.output)")
        return admin.replacingOccurrences(of: "sterk_beheer@", with: "sterk_eigenaar@").replacingOccurrences(
            of: "/postgres", with: "/\(name)")
    }
}
