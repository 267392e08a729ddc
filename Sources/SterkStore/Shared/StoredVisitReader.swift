/// How a back end runs a query: the only part of reading visits that differs between them.
package protocol StoreQueries {
    associatedtype Value
    associatedtype Row: StoredRow

    /// Runs `sql` with parameters and maps every row.
    func rows<T>(_ sql: String, _ values: [Value], _ map: (Row) throws(StoreError) -> T) throws(StoreError) -> [T]

    /// The text of parameter `number` (from 1): `?1` or `$1`.
    static func placeholder(_ number: Int) -> String

    /// A row id as a parameter.
    static func integer(_ value: Int64) -> Value
}

/// Loads whole visits for a filter with four queries (visits, visitors, wijken, programme),
/// not one per visit, so listing 10,000 visits stays a handful of statements. Callers run it
/// inside a read transaction, so the four agree.
package struct StoredVisitReader<Queries: StoreQueries> {
    package let queries: Queries

    package init(_ queries: Queries) {
        self.queries = queries
    }

    /// A SQL condition on table `visit` and its parameters.
    package struct Filter {
        package var sql: String
        package var values: [Queries.Value]

        package init(sql: String, values: [Queries.Value]) {
            self.sql = sql
            self.values = values
        }

        package static var all: Filter { Filter(sql: "1 = 1", values: []) }
    }

    /// The visits that match, ordered by reference.
    package func visits(_ filter: Filter) throws(StoreError) -> [Werkbezoek] {
        let sql = StoredVisitRows.visitSelect + " WHERE \(filter.sql) ORDER BY ref_year, ref_number"
        let rows = try queries.rows(sql, filter.values) { row throws(StoreError) in try StoredVisitRows.visit(row) }
        guard !rows.isEmpty else { return [] }
        let scope = partsScope(filter, ids: rows.map(\.id))
        var visitors: [Int64: [Visitor]] = [:]
        var wijken: [Int64: [String]] = [:]
        var programme: [Int64: [ProgrammeItem]] = [:]
        for (id, visitor) in try parts(StoredVisitRows.visitorSelect, scope, StoredVisitRows.visitor) {
            visitors[id, default: []].append(visitor)
        }
        for (id, wijk) in try parts(StoredVisitRows.wijkSelect, scope, { row throws(StoreError) in try row.text(1) }) {
            wijken[id, default: []].append(wijk)
        }
        for (id, item) in try parts(StoredVisitRows.programmeSelect, scope, StoredVisitRows.programmeItem) {
            programme[id, default: []].append(item)
        }
        return rows.map { partial in
            var visit = partial.visit
            visit.details.visitors = visitors[partial.id] ?? []
            visit.details.wijkIDs = wijken[partial.id] ?? []
            visit.details.programme = programme[partial.id] ?? []
            return visit
        }
    }

    /// The full history of the visits that match, grouped by reference, oldest first.
    package func histories(_ filter: Filter) throws(StoreError) -> [VisitReference: [HistoryEntry]] {
        let sql =
            StoredVisitRows.historySelect
            + " WHERE h.visit_id IN (SELECT id FROM visit WHERE \(filter.sql)) ORDER BY h.id"
        let entries = try queries.rows(sql, filter.values) { row throws(StoreError) in
            try StoredVisitRows.historyEntry(row)
        }
        return Dictionary(grouping: entries, by: \.reference)
    }

    /// The visits that match with their full history.
    package func archived(_ filter: Filter) throws(StoreError) -> [ArchivedVisit] {
        let histories = try histories(filter)
        return try visits(filter).map { ArchivedVisit(visit: $0, history: histories[$0.reference] ?? []) }
    }

    /// Few visits: fetch their parts by row id (index look-ups). Many: reuse the filter, one pass.
    private func partsScope(_ filter: Filter, ids: [Int64]) -> Filter {
        guard ids.count <= 500 else {
            return Filter(sql: "visit_id IN (SELECT id FROM visit WHERE \(filter.sql))", values: filter.values)
        }
        let placeholders = ids.indices.map { Queries.placeholder($0 + 1) }.joined(separator: ", ")
        return Filter(sql: "visit_id IN (\(placeholders))", values: ids.map(Queries.integer))
    }

    /// Rows of `select` for the scoped visits, in position order, paired with their visit id.
    private func parts<T>(
        _ select: String, _ scope: Filter, _ map: (Queries.Row) throws(StoreError) -> T
    ) throws(StoreError) -> [(Int64, T)] {
        let sql = select + " WHERE \(scope.sql) ORDER BY visit_id, position"
        return try queries.rows(sql, scope.values) { row throws(StoreError) in (try row.integer(0), try map(row)) }
    }
}
