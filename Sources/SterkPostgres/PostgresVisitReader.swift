import PostgresNIO
import SterkStore

/// Runs the shared reader's queries (`StoredVisitReader`) on a PostgreSQL session.
struct PostgresQueries: StoreQueries {
    let session: PostgresSession

    func rows<T>(_ sql: String, _ values: [PostgresValue], _ map: (PostgresColumns) throws(StoreError) -> T)
        throws(StoreError) -> [T]
    {
        let location = session.location.display
        return try session.query(sql, values).map { row throws(StoreError) in
            try map(PostgresColumns(row, location: location))
        }
    }

    static func placeholder(_ number: Int) -> String { "$\(number)" }
    static func integer(_ value: Int64) -> PostgresValue { .integer(value) }
}

/// Whole visits on PostgreSQL; callers run it inside a read transaction, so its queries agree.
typealias PostgresVisitReader = StoredVisitReader<PostgresQueries>

extension StoredVisitReader where Queries == PostgresQueries {
    init(session: PostgresSession) {
        self.init(PostgresQueries(session: session))
    }
}

/// Reads history entries joined with their visit's reference.
struct PostgresHistoryReader {
    let session: PostgresSession

    func entries(for reference: VisitReference) throws(StoreError) -> [HistoryEntry] {
        try entries(
            StoredVisitRows.historySelect + " WHERE v.reference = $1 ORDER BY h.id", [.text(reference.description)])
    }

    /// The newest entry of each visit in `references`.
    func latestEntries(of references: [VisitReference]) throws(StoreError) -> [VisitReference: HistoryEntry] {
        guard !references.isEmpty else { return [:] }
        // Only the visits asked for: `status` asks for one, and must not decode every visit's entry.
        let sql =
            StoredVisitRows.historySelect + """
                 WHERE h.id IN (SELECT max(h2.id) FROM history h2 JOIN visit v2 ON v2.id = h2.visit_id
                                WHERE v2.reference = ANY($1) GROUP BY h2.visit_id)
                """
        let latest = try entries(sql, [.textArray(references.map(\.description))])
        return Dictionary(latest.map { ($0.reference, $0) }, uniquingKeysWith: { $1 })
    }

    private func entries(_ sql: String, _ values: [PostgresValue]) throws(StoreError) -> [HistoryEntry] {
        try PostgresQueries(session: session).rows(sql, values) { row throws(StoreError) in
            try StoredVisitRows.historyEntry(row)
        }
    }
}
