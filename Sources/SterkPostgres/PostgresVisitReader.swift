import SterkStore

/// Loads whole visits for a filter with four queries (visits, visitors, wijken, programme),
/// as the SQLite reader does. Callers run it inside a read transaction, so the four agree.
struct PostgresVisitReader {
    let session: PostgresSession

    /// A SQL condition on table `visit` and its `$n` parameters.
    struct Filter {
        var sql: String
        var values: [PostgresValue]
        static let all = Filter(sql: "true", values: [])
    }

    private static let visitColumns = """
        SELECT id, reference, municipality, proposed_start, proposed_end, confirmed_start,
               confirmed_end, host_name, host_email, host_phone, notes, status, status_reason,
               created_at, updated_at FROM visit
        """

    func visits(_ filter: Filter) throws(StoreError) -> [Werkbezoek] {
        let location = session.location.display
        var visits: [(id: Int64, visit: Werkbezoek)] = []
        for row in try session.query(
            Self.visitColumns + " WHERE \(filter.sql) ORDER BY ref_year, ref_number", filter.values)
        {
            visits.append(try visitRow(PostgresColumns(row, location: location)))
        }
        guard !visits.isEmpty else { return [] }
        let scope = "visit_id IN (SELECT id FROM visit WHERE \(filter.sql))"
        var visitors: [Int64: [Visitor]] = [:]
        var wijken: [Int64: [String]] = [:]
        var programme: [Int64: [ProgrammeItem]] = [:]
        for columns in try parts(
            "SELECT visit_id, name, role, organisation, email, phone FROM visitor", scope, filter.values)
        {
            visitors[try columns.integer(0), default: []].append(
                Visitor(
                    name: try columns.text(1), role: try columns.text(2), organisation: try columns.text(3),
                    email: try columns.optionalText(4), phone: try columns.optionalText(5)))
        }
        for columns in try parts("SELECT visit_id, wijk FROM visit_wijk", scope, filter.values) {
            wijken[try columns.integer(0), default: []].append(try columns.text(1))
        }
        for columns in try parts("SELECT visit_id, time, place, what, who FROM programme_item", scope, filter.values) {
            programme[try columns.integer(0), default: []].append(
                ProgrammeItem(
                    time: try columns.text(1), place: try columns.text(2), what: try columns.text(3),
                    who: try columns.text(4)))
        }
        return visits.map { entry in
            var visit = entry.visit
            visit.details.visitors = visitors[entry.id] ?? []
            visit.details.wijkIDs = wijken[entry.id] ?? []
            visit.details.programme = programme[entry.id] ?? []
            return visit
        }
    }

    private func parts(_ select: String, _ scope: String, _ values: [PostgresValue]) throws(StoreError)
        -> [PostgresColumns]
    {
        let location = session.location.display
        return try session.query(select + " WHERE \(scope) ORDER BY visit_id, position", values)
            .map { PostgresColumns($0, location: location) }
    }

    private func visitRow(_ columns: PostgresColumns) throws(StoreError) -> (id: Int64, visit: Werkbezoek) {
        let host = try columns.optionalText(7)
        let details = VisitDetails(
            visitors: [], municipalityCode: try columns.text(2),
            proposed: try columns.slot(3, 4), confirmed: try columns.slot(5, 6),
            hostContact: try host.map { name throws(StoreError) in
                HostContact(name: name, email: try columns.optionalText(8), phone: try columns.optionalText(9))
            },
            notes: try columns.text(10))
        let visit = Werkbezoek(
            reference: try columns.reference(1), details: details, status: try columns.status(11),
            statusReason: try columns.optionalText(12), createdAt: try columns.date(13),
            updatedAt: try columns.date(14))
        return (try columns.integer(0), visit)
    }
}

/// Reads history entries joined with their visit's reference.
struct PostgresHistoryReader {
    let session: PostgresSession

    private static let select = """
        SELECT h.id, v.reference, h.at, h.actor, h.kind, h.from_status, h.to_status, h.note
        FROM history h JOIN visit v ON v.id = h.visit_id
        """

    func entries(for reference: VisitReference) throws(StoreError) -> [HistoryEntry] {
        try entries(Self.select + " WHERE v.reference = $1 ORDER BY h.id", [.text(reference.description)])
    }

    /// The full history of the visits that match `filter` (a condition on table `visit`), grouped.
    func entries(of filter: PostgresVisitReader.Filter) throws(StoreError) -> [VisitReference: [HistoryEntry]] {
        let sql = Self.select + " WHERE h.visit_id IN (SELECT id FROM visit WHERE \(filter.sql)) ORDER BY h.id"
        return Dictionary(grouping: try entries(sql, filter.values), by: \.reference)
    }

    func allEntries() throws(StoreError) -> [VisitReference: [HistoryEntry]] {
        Dictionary(grouping: try entries(Self.select + " ORDER BY h.id", []), by: \.reference)
    }

    /// The newest entry of each visit in `references`.
    func latestEntries(of references: [VisitReference]) throws(StoreError) -> [VisitReference: HistoryEntry] {
        guard !references.isEmpty else { return [:] }
        // Only the visits asked for: `status` asks for one, and must not decode every visit's entry.
        let sql =
            Self.select + """
                 WHERE h.id IN (SELECT max(h2.id) FROM history h2 JOIN visit v2 ON v2.id = h2.visit_id
                                WHERE v2.reference = ANY($1) GROUP BY h2.visit_id)
                """
        let latest = try entries(sql, [.textArray(references.map(\.description))])
        return Dictionary(latest.map { ($0.reference, $0) }, uniquingKeysWith: { $1 })
    }

    private func entries(_ sql: String, _ values: [PostgresValue]) throws(StoreError) -> [HistoryEntry] {
        let location = session.location.display
        return try session.query(sql, values).map { row throws(StoreError) in
            let columns = PostgresColumns(row, location: location)
            let kindText = try columns.text(4)
            guard let kind = HistoryEntry.Kind(rawValue: kindText) else {
                throw StoreError.corrupt(path: location, detail: "onbekend soort wijziging ‘\(kindText)’")
            }
            return HistoryEntry(
                id: try columns.integer(0), reference: try columns.reference(1), at: try columns.date(2),
                actor: try columns.text(3), kind: kind, from: try columns.optionalStatus(5),
                to: try columns.status(6), note: try columns.text(7))
        }
    }
}
