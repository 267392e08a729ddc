import CSQLite

/// Decides whether a file may be used, then switches it to WAL and migrates it.
///
/// Everything that could refuse the file is checked before the first write, so a refused
/// file keeps every byte it had.
struct SchemaGate {
    let connection: SQLiteConnection
    let readOnly: Bool

    private struct Identity {
        var version: Int
        var applicationID: Int64
        var tableCount: Int64
    }

    func open() throws(StoreError) {
        let identity = try readIdentity()
        try refuseIfNotOurs(identity)
        if !readOnly { try enableWAL() }
        try connection.execute("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;")
        guard identity.version < Migrations.currentVersion else { return }
        if readOnly { throw StoreError.migrationNeedsWriteAccess(path: connection.path) }
        try migrate()
    }

    private func readIdentity() throws(StoreError) -> Identity {
        // One snapshot for all three reads: another process may commit its migration between
        // them, and "version 0, no application id, but tables" would then look foreign.
        // The first read of the file: SQLite reports SQLITE_NOTADB here for a foreign file.
        try connection.readTransaction { () throws(StoreError) -> Identity in
            let version = try connection.integer("PRAGMA user_version")
            let applicationID = try connection.integer("PRAGMA application_id")
            let tables = try connection.integer("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
            return Identity(version: Int(version), applicationID: applicationID, tableCount: tables)
        }
    }

    private func refuseIfNotOurs(_ identity: Identity) throws(StoreError) {
        let path = connection.path
        if identity.applicationID == Migrations.applicationID {
            if identity.version > Migrations.currentVersion {
                throw StoreError.newerSchema(path: path, found: identity.version, known: Migrations.currentVersion)
            }
            return
        }
        // Not stamped as ours: only a brand-new, empty database may become ours.
        if identity.applicationID != 0 || identity.tableCount > 0 || identity.version != 0 {
            throw StoreError.foreignDatabase(path: path)
        }
    }

    private func enableWAL() throws(StoreError) {
        // Switching needs a brief exclusive lock; a second sterk opening at the same moment waits.
        try connection.retryingWhileBusy { connection.executeReturningCode("PRAGMA journal_mode = WAL") }
        let mode = try connection.firstRow("PRAGMA journal_mode") { $0.text(0) } ?? ""
        guard mode.lowercased() == "wal" else {
            throw StoreError.sqlite(
                path: connection.path, code: SQLITE_ERROR, detail: DutchStoreDetail.walUnavailable(mode))
        }
    }

    private func migrate() throws(StoreError) {
        try connection.writeTransaction { () throws(StoreError) in
            // Re-read under the write lock: another process may have migrated meanwhile.
            let identity = try readIdentity()
            try refuseIfNotOurs(identity)
            for step in Migrations.steps.dropFirst(identity.version) {
                try connection.execute(step)
            }
            try connection.execute(
                """
                PRAGMA user_version = \(Migrations.currentVersion);
                PRAGMA application_id = \(Migrations.applicationID);
                """)
        }
    }
}
