import Foundation

extension SQLiteWerkbezoekStore {
    /// The visit with this reference, or nil.
    public func visit(_ reference: VisitReference) throws(StoreError) -> Werkbezoek? {
        try reader.visits(.init(sql: "reference = ?1", values: [.text(reference.description)])).first
    }

    /// All visits (or those with one of `statuses`), ordered by reference.
    public func visits(statuses: Set<VisitStatus> = []) throws(StoreError) -> [Werkbezoek] {
        guard !statuses.isEmpty else { return try reader.visits(.all) }
        let sorted = statuses.map(\.rawValue).sorted()
        let placeholders = sorted.indices.map { "?\($0 + 1)" }.joined(separator: ", ")
        return try reader.visits(.init(sql: "status IN (\(placeholders))", values: sorted.map { .text($0) }))
    }

    /// By reference when `query` is one, else by visitor name (folded substring), ordered by date.
    public func search(_ query: String) throws(StoreError) -> [Werkbezoek] {
        if let reference = VisitReference(query) {
            return try visit(reference).map { [$0] } ?? []
        }
        let key = SearchKey.fold(query)
        guard !key.isEmpty else { return [] }
        let filter = VisitReader.Filter(
            sql: "id IN (SELECT visit_id FROM visitor WHERE instr(name_key, ?1) > 0)", values: [.text(key)])
        return try reader.visits(filter).sorted(by: Self.byDate)
    }

    /// The visit's history, oldest first; throws when the visit does not exist.
    public func history(_ reference: VisitReference) throws(StoreError) -> [HistoryEntry] {
        let entries = try HistoryReader(connection: connection).entries(for: reference)
        guard !entries.isEmpty else { throw StoreError.visitNotFound(reference.description) }
        return entries
    }

    /// The newest history entry of each visit in `references`.
    public func lastChanges(_ references: [VisitReference]) throws(StoreError) -> [VisitReference: HistoryEntry] {
        try HistoryReader(connection: connection).latestEntries(of: references)
    }

    /// Every visit with its full history.
    public func archive() throws(StoreError) -> [ArchivedVisit] {
        try reader.archived(.all)
    }

    var reader: VisitReader { VisitReader(connection: connection) }

    /// Earliest first by the date to show; visits without a date last, then by reference.
    static func byDate(_ lhs: Werkbezoek, _ rhs: Werkbezoek) -> Bool {
        switch (lhs.displaySlot?.start, rhs.displaySlot?.start) {
        case let (left?, right?) where left != right: left < right
        case (_?, nil): true
        case (nil, _?): false
        default: lhs.reference < rhs.reference
        }
    }
}
