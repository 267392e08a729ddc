import CSQLite
import Foundation

/// A thin, safe wrapper around one `sqlite3*` handle; used from one thread at a time.
final class SQLiteConnection {
    let path: String
    private let handle: OpaquePointer
    private var statements: [String: SQLiteStatement] = [:]

    /// How long SQLite itself waits for a lock before reporting SQLITE_BUSY.
    static let busyTimeoutMilliseconds: Int32 = 5_000

    /// Opens an existing file; never creates one (creation is StoreFile's job, with 0600).
    init(path: String, readOnly: Bool) throws(StoreError) {
        var pointer: OpaquePointer?
        let flags =
            (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE)
            | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        let code = sqlite3_open_v2(path, &pointer, flags, nil)
        guard let pointer else { throw StoreError.cannotOpen(path: path, reason: DutchStoreDetail.outOfMemory) }
        guard code == SQLITE_OK else {
            let error = SQLiteFailure.error(code: code, database: pointer, path: path)
            sqlite3_close_v2(pointer)
            throw error
        }
        self.path = path
        self.handle = pointer
        sqlite3_busy_timeout(pointer, Self.busyTimeoutMilliseconds)
    }

    deinit {
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that take no parameters and return no rows we need.
    func execute(_ sql: String) throws(StoreError) {
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw failure(code) }
    }

    /// Runs `sql` with parameters, ignoring any rows.
    func run(_ sql: String, _ values: [SQLiteValue] = []) throws(StoreError) {
        let statement = try prepared(sql)
        try statement.bind(values)
        defer { sqlite3_reset(statement.handle) }
        while try statement.step() {}
    }

    /// Runs `sql` and maps every row.
    func rows<T>(_ sql: String, _ values: [SQLiteValue] = [], _ map: (SQLiteRow) throws(StoreError) -> T)
        throws(StoreError) -> [T]
    {
        let statement = try prepared(sql)
        try statement.bind(values)
        defer { sqlite3_reset(statement.handle) }
        var result: [T] = []
        while try statement.step() {
            result.append(try map(SQLiteRow(statement: statement.handle)))
        }
        return result
    }

    /// The first row of `sql`, mapped, or nil when there is none.
    func firstRow<T>(_ sql: String, _ values: [SQLiteValue] = [], _ map: (SQLiteRow) throws(StoreError) -> T)
        throws(StoreError) -> T?
    {
        let statement = try prepared(sql)
        try statement.bind(values)
        defer { sqlite3_reset(statement.handle) }
        guard try statement.step() else { return nil }
        return try map(SQLiteRow(statement: statement.handle))
    }

    /// The first column of the first row as an integer (0 when there is no row).
    func integer(_ sql: String, _ values: [SQLiteValue] = []) throws(StoreError) -> Int64 {
        try firstRow(sql, values) { $0.integer(0) } ?? 0
    }

    /// True while a transaction is open on this connection.
    var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// The rowid of the last INSERT on this connection.
    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Runs a raw statement and returns SQLite's code, for callers that retry on SQLITE_BUSY.
    func executeReturningCode(_ sql: String) -> Int32 {
        sqlite3_exec(handle, sql, nil, nil, nil)
    }

    /// The StoreError for a failed call on this connection.
    func failure(_ code: Int32) -> StoreError {
        SQLiteFailure.error(code: code, database: handle, path: path)
    }

    private func prepared(_ sql: String) throws(StoreError) -> SQLiteStatement {
        if let cached = statements[sql] { return cached }
        var pointer: OpaquePointer?
        let code = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &pointer, nil)
        guard code == SQLITE_OK, let pointer else { throw failure(code) }
        let statement = SQLiteStatement(handle: pointer, database: handle, path: path)
        statements[sql] = statement
        return statement
    }
}
