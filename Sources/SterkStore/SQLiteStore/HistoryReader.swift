/// Reads history entries, joined with their visit's reference.
struct HistoryReader {
    let connection: SQLiteConnection

    private static let select = """
        SELECT h.id, v.reference, h.at, h.actor, h.kind, h.from_status, h.to_status, h.note
        FROM history h JOIN visit v ON v.id = h.visit_id
        """

    /// One visit's history, oldest first.
    func entries(for reference: VisitReference) throws(StoreError) -> [HistoryEntry] {
        try connection.rows(
            Self.select + " WHERE v.reference = ?1 ORDER BY h.id",
            [.text(reference.description)]
        ) { row throws(StoreError) in try entry(row) }
    }

    /// The full history of the visits that match `filter` (a condition on table `visit`), grouped.
    func entries(of filter: VisitReader.Filter) throws(StoreError) -> [VisitReference: [HistoryEntry]] {
        let sql = Self.select + " WHERE h.visit_id IN (SELECT id FROM visit WHERE \(filter.sql)) ORDER BY h.id"
        let entries = try connection.rows(sql, filter.values) { row throws(StoreError) in try entry(row) }
        return Dictionary(grouping: entries, by: \.reference)
    }

    /// Every visit's history, grouped by reference, oldest first.
    func allEntries() throws(StoreError) -> [VisitReference: [HistoryEntry]] {
        let entries = try connection.rows(Self.select + " ORDER BY h.id") { row throws(StoreError) in try entry(row) }
        return Dictionary(grouping: entries, by: \.reference)
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
        let sql = Self.select + " WHERE h.id IN (SELECT max(id) FROM history\(scope) GROUP BY visit_id)"
        let entries = try connection.rows(sql, values) { row throws(StoreError) in try entry(row) }
        let wanted = references.map(Set.init)
        return Dictionary(
            entries.filter { wanted?.contains($0.reference) ?? true }.map { ($0.reference, $0) },
            uniquingKeysWith: { $1 })
    }

    private func entry(_ row: SQLiteRow) throws(StoreError) -> HistoryEntry {
        let path = connection.path
        let kindText = row.text(4)
        guard let kind = HistoryEntry.Kind(rawValue: kindText) else {
            throw StoreError.corrupt(path: path, detail: "onbekend soort wijziging ‘\(kindText)’")
        }
        return HistoryEntry(
            id: row.integer(0),
            reference: try RowDecoding.reference(row.text(1), path: path),
            at: RowDecoding.date(row.integer(2)),
            actor: row.text(3),
            kind: kind,
            from: try row.optionalText(5).map { text throws(StoreError) in try RowDecoding.status(text, path: path) },
            to: try RowDecoding.status(row.text(6), path: path),
            note: row.text(7))
    }
}
