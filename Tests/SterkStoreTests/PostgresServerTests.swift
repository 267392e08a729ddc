import Foundation
import SterkPostgres
import SterkStore
import Testing

/// What only a server store has: schema version in a table, roles the server enforces, logins,
/// TLS, time limits, and notifications for live updates. Runs against `$STERK_TEST_POSTGRES`.
@Suite(
    "PostgreSQL-server",
    .enabled(if: PostgresTestServer.isConfigured || PostgresTestServer.isCI, PostgresTestServer.skipReason))
struct PostgresServerTests {
    @Test("de testserver is er (onder CI verplicht)")
    func serverPresent() throws {
        try #require(
            PostgresTestServer.isConfigured,
            "CI=true but STERK_TEST_POSTGRES is not set: .ci/run must start the cluster")
        #expect(try PostgresTestServer.psql("SELECT 1", database: "postgres") == "1")
    }

    @Test("eerste gebruik maakt het schema met versie; opnieuw openen migreert niets dubbel")
    func schemaVersion() throws {
        let fixture = try StoreFixture(.postgres)
        let visit = try fixture.open().create(Samples.details(), actor: "a", at: Date())
        let reopened = try fixture.open()
        #expect(try reopened.visit(visit.reference) == visit)
        let database = try fixture.databaseName()
        #expect(
            try PostgresTestServer.psql("SELECT application || ' ' || version FROM sterk_schema", database: database)
                == "sterk-werkbezoeken \(PostgresWerkbezoekStore.schemaVersion)")
    }

    @Test("een database van een nieuwere sterk wordt geweigerd, in het Nederlands, zonder iets te wijzigen")
    func newerSchemaRefused() throws {
        let fixture = try StoreFixture(.postgres)
        _ = try fixture.withVisit()
        let database = try fixture.databaseName()
        try PostgresTestServer.psql("UPDATE sterk_schema SET version = 99", database: database)
        let error = #expect(throws: StoreError.self) { try fixture.open() }
        guard case .newerServerSchema(_, let found, let known)? = error else {
            Issue.record("expected newerServerSchema, got \(String(describing: error))")
            return
        }
        #expect(found == 99 && known == PostgresWerkbezoekStore.schemaVersion)
        #expect(error?.message.contains("nieuwere versie van sterk") == true)
        #expect(try PostgresTestServer.psql("SELECT count(*) FROM visit", database: database) == "1")
    }

    @Test("een database met tabellen van een ander programma wordt niet aangeraakt")
    func foreignDatabaseRefused() throws {
        let fixture = try StoreFixture(.postgres)
        let database = try fixture.databaseName()
        try PostgresTestServer.psql(
            "CREATE TABLE visit (x integer); GRANT ALL ON visit TO sterk_eigenaar", database: database)
        #expect(throws: StoreError.foreignServerDatabase(location: try location(fixture))) { try fixture.open() }
        #expect(try PostgresTestServer.psql("SELECT to_regclass('sterk_schema') IS NULL", database: database) == "t")
    }

    @Test("alleen-lezen rol: de server zelf weigert schrijven, ook als sterk het probeert")
    func readOnlyRoleRefusedByServer() throws {
        let fixture = try StoreFixture(.postgres)
        let (_, visit) = try fixture.withVisit()
        let database = try fixture.databaseName()
        // Opened for writing on purpose: the refusal must come from the server, not from sterk.
        let reader = try PostgresWerkbezoekStore(url: PostgresTestServer.url(user: "sterk_lezer", database: database))
        #expect(try reader.visit(visit.reference) == visit, "reading is allowed")
        let error = #expect(throws: StoreError.self) {
            try reader.create(Samples.details(), actor: "lobby", at: Date())
        }
        #expect(error == .permissionDenied(location: reader.location.display, user: "sterk_lezer"))
        #expect(error?.message.contains("alleen leesrechten") == true)
        #expect(throws: StoreError.self) {
            try reader.changeStatus(.init(reference: visit.reference, target: .inVoorbereiding, actor: "lobby"))
        }
        #expect(try fixture.open().history(visit.reference).count == 1, "nothing changed")
        let writer = try PostgresWerkbezoekStore(
            url: PostgresTestServer.url(user: "sterk_schrijver", database: database))
        _ = try writer.changeStatus(.init(reference: visit.reference, target: .inVoorbereiding, actor: "kantoor"))
        #expect(try writer.history(visit.reference).count == 2, "the writer role may change visits")
    }

    @Test("de schrijfrol mag geen tabellen maken: een lege database vraagt de eigenaar")
    func writerCannotCreateSchema() throws {
        let fixture = try StoreFixture(.postgres)
        let url = PostgresTestServer.url(user: "sterk_schrijver", database: try fixture.databaseName())
        let error = #expect(throws: StoreError.self) { try PostgresWerkbezoekStore(url: url) }
        #expect(
            error
                == .permissionDenied(location: try location(fixture, user: "sterk_schrijver"), user: "sterk_schrijver"))
        let reader = #expect(throws: StoreError.self) { try PostgresWerkbezoekStore(url: url, readOnly: true) }
        #expect(reader?.message.contains("sterk werkbezoek schema") == true)
    }

    @Test("verkeerd of ontbrekend wachtwoord: de aanmelding wordt geweigerd met een duidelijke melding")
    func loginRefused() throws {
        let url = PostgresTestServer.url(database: "postgres")
        let wrong = #expect(throws: StoreError.self) {
            try PostgresWerkbezoekStore(
                url: url, environment: ["PGPASSWORD": "fout", "PGPASSFILE": "/dev/null", "HOME": "/nonexistent"])
        }
        guard case .loginRefused(_, let user, _)? = wrong else {
            Issue.record("expected loginRefused, got \(String(describing: wrong))")
            return
        }
        #expect(user == "sterk_eigenaar")
        #expect(wrong?.message.contains("PGPASSWORD, ~/.pgpass") == true)
        let missing = #expect(throws: StoreError.self) {
            try PostgresWerkbezoekStore(url: url, environment: ["PGPASSFILE": "/dev/null", "HOME": "/nonexistent"])
        }
        #expect(missing?.message.contains("vraagt een wachtwoord") == true)
    }

    @Test("server uit: binnen de time-out een melding, geen hang")
    func serverDown() throws {
        let port = try freePort()
        let started = Date()
        let error = #expect(throws: StoreError.self) {
            try PostgresWerkbezoekStore(url: "postgres://sterk_eigenaar@127.0.0.1:\(port)/sterk?connect_timeout=2")
        }
        #expect(Date().timeIntervalSince(started) < 5)
        guard case .serverUnreachable(_, let reason)? = error else {
            Issue.record("expected serverUnreachable, got \(String(describing: error))")
            return
        }
        #expect(reason == "verbinding geweigerd")
        #expect(error?.message.contains("Er is niets gewijzigd") == true)
    }

    @Test("server die niet antwoordt: na connect_timeout een melding, geen hang")
    func serverSilent() throws {
        let listener = try SilentListener()
        let started = Date()
        let error = #expect(throws: StoreError.self) {
            try PostgresWerkbezoekStore(
                url: "postgres://sterk_eigenaar@127.0.0.1:\(listener.port)/sterk?connect_timeout=1&sslmode=disable")
        }
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed >= 0.9 && elapsed < 4, "took \(elapsed) s")
        guard case .serverUnreachable? = error else {
            Issue.record("expected serverUnreachable, got \(String(describing: error))")
            return
        }
    }

    @Test("TLS: verify-full met het CA-certificaat werkt; een andere hostnaam of geen CA wordt geweigerd")
    func tlsVerification() throws {
        let ca = try #require(ProcessInfo.processInfo.environment["STERK_TEST_PG_CA"], "STERK_TEST_PG_CA not set")
        let fixture = try StoreFixture(.postgres)
        let database = try fixture.databaseName()
        let port = PostgresTestServer.address.split(separator: ":").last.map(String.init) ?? ""
        let good = "postgres://sterk_eigenaar@localhost:\(port)/\(database)?sslmode=verify-full&sslrootcert=\(ca)"
        _ = try PostgresWerkbezoekStore(url: good).create(Samples.details(), actor: "a", at: Date())
        let wrongName = "postgres://sterk_eigenaar@127.0.0.1:\(port)/\(database)?sslmode=verify-full&sslrootcert=\(ca)"
        let nameError = #expect(throws: StoreError.self) { try PostgresWerkbezoekStore(url: wrongName) }
        guard case .tlsFailed? = nameError else {
            Issue.record("expected tlsFailed, got \(String(describing: nameError))")
            return
        }
        let noRoot = "postgres://sterk_eigenaar@localhost:\(port)/\(database)?sslmode=verify-ca"
        let rootError = #expect(throws: StoreError.self) {
            try PostgresWerkbezoekStore(url: noRoot, environment: ["HOME": "/nonexistent"])
        }
        #expect(rootError?.message.contains("sslrootcert") == true)
        let required = "postgres://sterk_eigenaar@127.0.0.1:\(port)/\(database)?sslmode=require"
        #expect(try PostgresWerkbezoekStore(url: required).visitCount() == 1)
    }

    @Test("een wijziging door een andere client is binnen 2 s te zien aan het wijzigingsteken (LISTEN/NOTIFY)")
    func changeNotification() throws {
        let fixture = try StoreFixture(.postgres)
        let (writer, visit) = try fixture.withVisit()
        let watcher = try #require(try fixture.open(readOnly: true) as? PostgresWerkbezoekStore)
        let before = try watcher.changeToken()
        usleep(200_000)
        #expect(try watcher.changeToken() == before, "no change, no signal")
        _ = try writer.changeStatus(.init(reference: visit.reference, target: .inVoorbereiding, actor: "elders"))
        let deadline = Date().addingTimeInterval(2)
        while try watcher.changeToken() == before, Date() < deadline { usleep(5_000) }
        #expect(try watcher.changeToken() != before)
        #expect(try watcher.visit(visit.reference)?.status == .inVoorbereiding)
    }

    @Test("twee clients wijzigen dezelfde status: de tweede krijgt ‘is intussen gewijzigd’ en wijzigt niets")
    func conflictAcrossClients() throws {
        let fixture = try StoreFixture(.postgres)
        let (first, visit) = try fixture.withVisit()
        let second = try fixture.open()
        let seen = try #require(try second.visit(visit.reference)).status
        _ = try first.changeStatus(.init(reference: visit.reference, target: .inVoorbereiding, actor: "anna"))
        let error = #expect(throws: StoreError.self) {
            try second.changeStatus(
                .init(reference: visit.reference, target: .geannuleerd, note: "dubbel", actor: "bert", expecting: seen))
        }
        #expect(
            error
                == .concurrentChange(
                    reference: visit.reference.description, expected: .aangevraagd, actual: .inVoorbereiding))
        #expect(error?.message.contains("is intussen gewijzigd") == true)
        #expect(try first.history(visit.reference).count == 2)
    }

    private func location(_ fixture: StoreFixture, user: String = "sterk_eigenaar") throws -> String {
        "postgres://\(user)@\(PostgresTestServer.address)/\(try fixture.databaseName())"
    }
}

/// History ids come from a sequence: a transaction can take a lower id and commit later.
@Suite(
    "PostgreSQL: wijzigingen volgen",
    .enabled(if: PostgresTestServer.isConfigured || PostgresTestServer.isCI, PostgresTestServer.skipReason))
struct PostgresChangeOrderTests {
    @Test("een wijziging die later commit met een lagere geschiedenis-id wordt niet gemist")
    func lateCommitWithLowerID() throws {
        let fixture = try StoreFixture(.postgres)
        let writer = try fixture.open()
        let early = try writer.create(Samples.details(), actor: "a", at: Date())
        let late = try writer.create(Samples.details(visitor: "Piet Bos"), actor: "a", at: Date())
        let watcher = try #require(try fixture.open(readOnly: true) as? StoreChangeWatch)
        let start = try watcher.markedArchive().mark
        let database = try fixture.databaseName()

        // A client that takes its history id first and commits 2 s later (psql, in the background).
        let slow = try ChildProcess(
            "/usr/bin/psql",
            [
                try slowClientURL(database), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c",
                """
                BEGIN;
                UPDATE visit SET notes = 'traag', updated_at = updated_at + 1 WHERE reference = '\(early.reference)';
                INSERT INTO history (visit_id, at, actor, kind, from_status, to_status, note)
                    SELECT id, updated_at, 'traag', 'gewijzigd', status, status, 'gewijzigd: notities'
                    FROM visit WHERE reference = '\(early.reference)';
                SELECT pg_sleep(2);
                COMMIT;
                """,
            ], outputPath: fixture.directory.file("psql"))
        defer { slow.kill() }
        try waitUntil(
            database,
            "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(2)%' AND state = 'active' AND pid <> pg_backend_pid()"
        )

        _ = try writer.changeStatus(.init(reference: late.reference, target: .inVoorbereiding, actor: "b"))
        let first = try watcher.changes(since: start)
        #expect(first.visits.map(\.visit.reference) == [late.reference])

        #expect(slow.wait() == 0, Comment(rawValue: slow.errorText))
        let second = try watcher.changes(since: first.mark)
        #expect(second.visits.map(\.visit.reference).contains(early.reference))
        #expect(second.visits.first { $0.visit.reference == early.reference }?.visit.details.notes == "traag")
        // The situation really arose: the slow client's entry has the lower id.
        let ids = try PostgresTestServer.psql(
            "SELECT string_agg(actor, ',' ORDER BY id) FROM history WHERE actor IN ('traag', 'b')", database: database)
        #expect(ids == "traag,b")
    }

    private func slowClientURL(_ database: String) throws -> String {
        let admin = try #require(PostgresTestServer.adminURL)
        return admin.replacingOccurrences(of: "/postgres", with: "/\(database)")
    }

    private func waitUntil(_ database: String, _ sql: String) throws {
        let deadline = Date().addingTimeInterval(10)
        while try PostgresTestServer.psql(sql, database: database) == "0" {
            try #require(Date() < deadline, "the slow client did not start")
            usleep(20_000)
        }
    }
}
