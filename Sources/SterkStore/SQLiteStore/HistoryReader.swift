/// Reads history entries, joined with their visit's reference.
struct HistoryReader {
    let connection: SQLiteConnection

    private var queries: SQLiteQueries { SQLiteQueries(connection: connection) }

    /// One visit's history, oldest first.
    func entries(for reference: VisitReference) throws(StoreError) -> [HistoryEntry] {
        try queries.rows(
            StoredVisitRows.historySelect + " WHERE v.reference = ?1 ORDER BY h.id", [.text(reference.description)]
        ) { row throws(StoreError) in try StoredVisitRows.historyEntry(row) }
    }

    /// The newest entry of each visit in `references` (nil: of every visit).
    func latestEntries(of references: [VisitReference]?) throws(StoreError) -> [VisitReference: HistoryEntry] {
        var scope = ""
        var values: [SQLiteValue] = []
        // A few references: look only at their rows. Many (an overview): one pass over all.
        if let references, references.count <= 200 {
            guard !references.isEmpty else { return [:] }
            values = references.map { .text($0.description) }
            let placeholders = values.indices.map { "?\($0 + 1)" }.joined(separator: ", ")
            scope = " WHERE visit_id IN (SELECT id FROM visit WHERE reference IN (\(placeholders)))"
        }
        let sql =
            StoredVisitRows.historySelect + " WHERE h.id IN (SELECT max(id) FROM history\(scope) GROUP BY visit_id)"
        let entries = try queries.rows(sql, values) { row throws(StoreError) in try StoredVisitRows.historyEntry(row) }
        let wanted = references.map(Set.init)
        return Dictionary(
            entries.filter { wanted?.contains($0.reference) ?? true }.map { ($0.reference, $0) },
            uniquingKeysWith: { $1 })
    }
}
