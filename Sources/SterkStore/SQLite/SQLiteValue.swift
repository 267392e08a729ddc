import CSQLite

/// A value bound to, or read from, a SQLite statement.
enum SQLiteValue: Equatable, Sendable {
    case null
    case integer(Int64)
    case text(String)

    /// `.text` for a present string, `.null` for nil: optional columns stay NULL, not "".
    static func optionalText(_ value: String?) -> SQLiteValue {
        value.map { .text($0) } ?? .null
    }

    /// `.integer` for a present number, `.null` for nil.
    static func optionalInteger(_ value: Int64?) -> SQLiteValue {
        value.map { .integer($0) } ?? .null
    }
}

/// One result row; valid only until the statement steps again.
struct SQLiteRow {
    let statement: OpaquePointer

    func isNull(_ column: Int32) -> Bool {
        sqlite3_column_type(statement, column) == SQLITE_NULL
    }

    func integer(_ column: Int32) -> Int64 {
        sqlite3_column_int64(statement, column)
    }

    func optionalInteger(_ column: Int32) -> Int64? {
        isNull(column) ? nil : integer(column)
    }

    func text(_ column: Int32) -> String {
        optionalText(column) ?? ""
    }

    func optionalText(_ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(statement, column) else { return nil }
        return String(cString: bytes)
    }
}
