import Foundation

/// The werkbezoek store in a local SQLite file (WAL mode, one transaction per change).
///
/// Safe for several processes at once: every change runs in BEGIN IMMEDIATE, waits and
/// retries while another process holds the lock, and re-reads the state it changes.
/// One instance is meant for one thread.
public final class SQLiteWerkbezoekStore: WerkbezoekStore {
    /// The database file.
    public let path: String
    let connection: SQLiteConnection

    /// Opens (and when writing, creates and migrates) the store at `path`.
    ///
    /// Refuses, without writing a byte, a file that is not a database, another program's
    /// database, or one with a newer schema.
    public init(path: String, readOnly: Bool = false) throws(StoreError) {
        self.path = path
        try StoreFile.prepare(path, readOnly: readOnly)
        // A reader still opens a writable file read-write (with query_only on), so that closing
        // the last connection checkpoints and removes the -wal and -shm files.
        let handleReadOnly = readOnly && access(path, W_OK) != 0
        connection = try SQLiteConnection(path: path, readOnly: handleReadOnly)
        try SchemaGate(connection: connection, readOnly: readOnly).open()
        if readOnly { try connection.execute("PRAGMA query_only = ON") }
    }

    /// Opens the store at the default location (see `StorePaths`).
    public convenience init(readOnly: Bool = false) throws(StoreError) {
        try self.init(path: StorePaths.defaultStorePath(), readOnly: readOnly)
    }

    /// The schema version this build writes.
    public static var schemaVersion: Int { Migrations.currentVersion }

    /// Runs SQLite's own consistency check; "ok" when the file is sound.
    public func integrityCheck() throws(StoreError) -> String {
        try connection.rows("PRAGMA integrity_check") { $0.text(0) }.joined(separator: "\n")
    }

    /// The number of visits stored.
    public func count() throws(StoreError) -> Int {
        Int(try connection.integer("SELECT count(*) FROM visit"))
    }
}
