import CSQLite
import Testing

/// Direct SQLite access for tests that must build files the store itself would never write.
enum RawSQLite {
    /// Runs `sql` on `path` (creating the file) and closes it.
    static func execute(_ sql: String, on path: String) throws {
        var handle: OpaquePointer?
        defer { sqlite3_close_v2(handle) }
        try #require(sqlite3_open(path, &handle) == SQLITE_OK)
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? ""
        try #require(code == SQLITE_OK, "\(sql): \(message)")
    }

    /// The first column of every row of `sql`, as text.
    static func column(_ sql: String, on path: String) throws -> [String] {
        var handle: OpaquePointer?
        var statement: OpaquePointer?
        defer {
            sqlite3_finalize(statement)
            sqlite3_close_v2(handle)
        }
        try #require(sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY, nil) == SQLITE_OK)
        try #require(sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK)
        var values: [String] = []
        while sqlite3_step(statement) == SQLITE_ROW {
            values.append(sqlite3_column_text(statement, 0).map { String(cString: $0) } ?? "")
        }
        return values
    }
}
