/// A SQLite row as the shared decoders read it (`StoredVisitRows`).
struct SQLiteStoredRow: StoredRow {
    let row: SQLiteRow
    let location: String

    func text(_ column: Int) -> String { row.text(Int32(truncatingIfNeeded: column)) }
    func optionalText(_ column: Int) -> String? { row.optionalText(Int32(truncatingIfNeeded: column)) }
    func integer(_ column: Int) -> Int64 { row.integer(Int32(truncatingIfNeeded: column)) }
    func optionalInteger(_ column: Int) -> Int64? { row.optionalInteger(Int32(truncatingIfNeeded: column)) }
}

/// Runs the shared reader's queries on a SQLite connection.
struct SQLiteQueries: StoreQueries {
    let connection: SQLiteConnection

    func rows<T>(_ sql: String, _ values: [SQLiteValue], _ map: (SQLiteStoredRow) throws(StoreError) -> T)
        throws(StoreError) -> [T]
    {
        let location = connection.path
        return try connection.rows(sql, values) { row throws(StoreError) in
            try map(SQLiteStoredRow(row: row, location: location))
        }
    }

    static func placeholder(_ number: Int) -> String { "?\(number)" }
    static func integer(_ value: Int64) -> SQLiteValue { .integer(value) }
}

/// Reads whole visits (`StoredVisitReader`), each call in one read transaction.
struct VisitReader {
    typealias Filter = StoredVisitReader<SQLiteQueries>.Filter
    let connection: SQLiteConnection

    var shared: StoredVisitReader<SQLiteQueries> { StoredVisitReader(SQLiteQueries(connection: connection)) }

    func visits(_ filter: Filter) throws(StoreError) -> [Werkbezoek] {
        try connection.readTransaction { () throws(StoreError) in try shared.visits(filter) }
    }

    func archived(_ filter: Filter) throws(StoreError) -> [ArchivedVisit] {
        try connection.readTransaction { () throws(StoreError) in try shared.archived(filter) }
    }
}
