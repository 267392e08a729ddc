import CSQLite

/// A prepared statement; reused through the connection's cache, so every use starts with `reset`.
final class SQLiteStatement {
    let handle: OpaquePointer
    private let database: OpaquePointer
    private let path: String

    init(handle: OpaquePointer, database: OpaquePointer, path: String) {
        self.handle = handle
        self.database = database
        self.path = path
    }

    deinit { sqlite3_finalize(handle) }

    /// Clears earlier bindings and state, then binds `values` to ?1, ?2, …
    func bind(_ values: [SQLiteValue]) throws(StoreError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            try check(bind(value, at: Int32(offset + 1)))
        }
    }

    /// Steps once: true when a row is ready, false when done.
    func step() throws(StoreError) -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw SQLiteFailure.error(code: code, database: database, path: path)
        }
    }

    private func bind(_ value: SQLiteValue, at index: Int32) -> Int32 {
        switch value {
        case .null: return sqlite3_bind_null(handle, index)
        case .integer(let number): return sqlite3_bind_int64(handle, index, number)
        case .text(let string): return sqlite3_bind_text(handle, index, string, -1, csqlite_transient())
        }
    }

    private func check(_ code: Int32) throws(StoreError) {
        guard code == SQLITE_OK else {
            throw SQLiteFailure.error(code: code, database: database, path: path)
        }
    }
}
