/// Reads the visitors, wijken and programme items of the visits in `scope`, grouped by visit.
struct VisitPartsReader {
    let connection: SQLiteConnection
    /// A condition on `visit_id`.
    let scope: VisitReader.Filter

    struct Parts {
        var visitors: [Int64: [Visitor]] = [:]
        var wijken: [Int64: [String]] = [:]
        var programme: [Int64: [ProgrammeItem]] = [:]

        func complete(_ partial: VisitReader.PartialVisit) -> Werkbezoek {
            var visit = partial.visit
            visit.details.visitors = visitors[partial.id] ?? []
            visit.details.wijkIDs = wijken[partial.id] ?? []
            visit.details.programme = programme[partial.id] ?? []
            return visit
        }
    }

    func read() throws(StoreError) -> Parts {
        var parts = Parts()
        for (id, visitor) in try rows(
            "SELECT visit_id, name, role, organisation, email, phone FROM visitor",
            { row in
                Visitor(
                    name: row.text(1), role: row.text(2), organisation: row.text(3),
                    email: row.optionalText(4), phone: row.optionalText(5))
            })
        { parts.visitors[id, default: []].append(visitor) }
        for (id, wijk) in try rows("SELECT visit_id, wijk FROM visit_wijk", { $0.text(1) }) {
            parts.wijken[id, default: []].append(wijk)
        }
        for (id, item) in try rows(
            "SELECT visit_id, time, place, what, who FROM programme_item",
            { row in
                ProgrammeItem(time: row.text(1), place: row.text(2), what: row.text(3), who: row.text(4))
            })
        { parts.programme[id, default: []].append(item) }
        return parts
    }

    /// Rows of `select` for the filtered visits, in position order, paired with their visit id.
    private func rows<T>(_ select: String, _ map: (SQLiteRow) -> T) throws(StoreError) -> [(Int64, T)] {
        let sql = select + " WHERE \(scope.sql) ORDER BY visit_id, position"
        return try connection.rows(sql, scope.values) { row in (row.integer(0), map(row)) }
    }
}
