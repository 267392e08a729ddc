import CSQLite

/// Turns SQLite result codes into `StoreError`s, keeping SQLite's own English text only as detail.
enum SQLiteFailure {
    static func error(code: Int32, database: OpaquePointer?, path: String) -> StoreError {
        let detail =
            database.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        return error(code: code, detail: detail, path: path)
    }

    static func error(code: Int32, detail: String, path: String) -> StoreError {
        switch code & 0xFF {
        case SQLITE_NOTADB: return .notADatabase(path: path)
        case SQLITE_CORRUPT: return .corrupt(path: path, detail: detail)
        case SQLITE_BUSY, SQLITE_LOCKED: return .busy(path: path)
        case SQLITE_READONLY: return .readOnly(path: path)
        case SQLITE_CANTOPEN: return .cannotOpen(path: path, reason: detail)
        default: return .sqlite(path: path, code: code, detail: detail)
        }
    }

    /// True for codes after which trying the same statement again can succeed.
    static func isBusy(_ code: Int32) -> Bool {
        let primary = code & 0xFF
        return primary == SQLITE_BUSY || primary == SQLITE_LOCKED
    }
}
