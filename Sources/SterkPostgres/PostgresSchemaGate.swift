import PostgresNIO
import SterkStore

/// Decides whether a database may be used and brings its schema up to date.
///
/// A database with someone else's tables, or one set up by a newer sterk, is refused before
/// anything is written. Migrating takes an advisory lock, so clients starting together migrate once.
struct PostgresSchemaGate {
    let session: PostgresSession
    let readOnly: Bool

    /// Advisory-lock key for migrations ("STRM").
    static let migrationLock: Int64 = 0x5354_524D

    func open() throws(StoreError) {
        let version = try readVersion()
        guard version < PostgresMigrations.currentVersion else { return }
        if readOnly {
            if version == 0 { throw StoreError.serverStoreMissing(location: session.location.display) }
            throw StoreError.migrationNeedsWriteAccess(path: session.location.display)
        }
        try PostgresTransaction(session: session).run { () throws(StoreError) in
            try session.query("SELECT pg_advisory_xact_lock($1)", [.integer(Self.migrationLock)])
            let current = try readVersion()  // another client may have migrated meanwhile
            for step in PostgresMigrations.steps.dropFirst(current) {
                for statement in step { try session.query(statement) }
            }
            try session.query(
                """
                INSERT INTO sterk_schema (application, version) VALUES ($1, $2)
                ON CONFLICT (singleton) DO UPDATE SET version = excluded.version
                """, [.text(PostgresMigrations.application), .integer(Int64(PostgresMigrations.currentVersion))])
        }
    }

    /// The schema version (0: none yet); refuses a foreign or newer database.
    private func readVersion() throws(StoreError) -> Int {
        let location = session.location.display
        // A plain read of pg_class, not to_regclass(): that one can answer from a cache entry
        // made before another client's migration committed, and half-see its tables.
        let tables = try session.query(
            """
            SELECT bool_or(c.relname = 'sterk_schema'), bool_or(c.relname = 'visit')
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relname IN ('sterk_schema', 'visit')
            """)
        let (schemaFound, visitFound) = try PostgresDecoding.pair(
            tables.first, Bool?.self, Bool?.self, location: location)
        let (hasSchema, hasVisit) = (schemaFound ?? false, visitFound ?? false)
        guard hasSchema else {
            if hasVisit { throw StoreError.foreignServerDatabase(location: location) }
            return 0
        }
        let rows = try session.query("SELECT application, version FROM sterk_schema")
        guard let row = rows.first else { return 0 }
        let (application, version) = try PostgresDecoding.pair(row, String.self, Int64.self, location: location)
        guard application == PostgresMigrations.application else {
            throw StoreError.foreignServerDatabase(location: location)
        }
        if version > Int64(PostgresMigrations.currentVersion) {
            throw StoreError.newerServerSchema(
                location: location, found: Int(version), known: PostgresMigrations.currentVersion)
        }
        return Int(version)
    }
}
