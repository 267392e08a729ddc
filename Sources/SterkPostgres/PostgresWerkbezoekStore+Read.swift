import Foundation
import SterkStore

extension PostgresWerkbezoekStore {
    /// The visit with this reference, or nil.
    public func visit(_ reference: VisitReference) throws(StoreError) -> Werkbezoek? {
        try readVisits(.init(sql: "reference = $1", values: [.text(reference.description)])).first
    }

    /// All visits (or those with one of `statuses`), ordered by reference.
    public func visits(statuses: Set<VisitStatus> = []) throws(StoreError) -> [Werkbezoek] {
        guard !statuses.isEmpty else { return try readVisits(.all) }
        let sorted = statuses.map(\.rawValue).sorted()
        let placeholders = sorted.indices.map { "$\($0 + 1)" }.joined(separator: ", ")
        return try readVisits(.init(sql: "status IN (\(placeholders))", values: sorted.map { .text($0) }))
    }

    /// By reference when `query` is one, else by visitor name (folded substring), ordered by date.
    public func search(_ query: String) throws(StoreError) -> [Werkbezoek] {
        if let reference = VisitReference(query) { return try visit(reference).map { [$0] } ?? [] }
        let key = SearchKey.fold(query)
        guard !key.isEmpty else { return [] }
        let filter = PostgresVisitReader.Filter(
            sql: "id IN (SELECT visit_id FROM visitor WHERE strpos(name_key, $1) > 0)", values: [.text(key)])
        return try readVisits(filter).sorted(by: Self.byDate)
    }

    /// The visit's history, oldest first; throws when the visit does not exist.
    public func history(_ reference: VisitReference) throws(StoreError) -> [HistoryEntry] {
        let entries = try reading { session throws(StoreError) in
            try PostgresHistoryReader(session: session).entries(for: reference)
        }
        guard !entries.isEmpty else { throw StoreError.visitNotFound(reference.description) }
        return entries
    }

    /// The newest history entry of each visit in `references`.
    public func lastChanges(_ references: [VisitReference]) throws(StoreError) -> [VisitReference: HistoryEntry] {
        try reading { session throws(StoreError) in
            try PostgresHistoryReader(session: session).latestEntries(of: references)
        }
    }

    /// Every visit with its full history, read from one snapshot.
    public func archive() throws(StoreError) -> [ArchivedVisit] {
        try reading { session throws(StoreError) in
            try PostgresTransaction(session: session).read { () throws(StoreError) in try archive(in: session) }
        }
    }

    /// Every visit with its full history; inside a read transaction.
    func archive(in session: PostgresSession) throws(StoreError) -> [ArchivedVisit] {
        try PostgresVisitReader(session: session).archived(.all)
    }

    private func readVisits(_ filter: PostgresVisitReader.Filter) throws(StoreError) -> [Werkbezoek] {
        try reading { session throws(StoreError) in
            try PostgresTransaction(session: session).read { () throws(StoreError) in
                try PostgresVisitReader(session: session).visits(filter)
            }
        }
    }

    /// Earliest first by the date to show; visits without a date last, then by reference (as SQLite).
    static func byDate(_ lhs: Werkbezoek, _ rhs: Werkbezoek) -> Bool {
        switch (lhs.displaySlot?.start, rhs.displaySlot?.start) {
        case let (left?, right?) where left != right: left < right
        case (_?, nil): true
        case (nil, _?): false
        default: lhs.reference < rhs.reference
        }
    }
}
