import Foundation

/// Loads whole visits for a filter with four queries (visits, visitors, wijken, programme),
/// not one per visit, so listing 10,000 visits stays a handful of statements.
struct VisitReader {
    let connection: SQLiteConnection

    /// A SQL condition on table `visit` and its parameters.
    struct Filter {
        var sql: String
        var values: [SQLiteValue]

        static let all = Filter(sql: "1", values: [])
    }

    private static let visitColumns = """
        SELECT id, reference, municipality, proposed_start, proposed_end, confirmed_start,
               confirmed_end, host_name, host_email, host_phone, notes, status, status_reason,
               created_at, updated_at FROM visit
        """

    func visits(_ filter: Filter) throws(StoreError) -> [Werkbezoek] {
        try connection.readTransaction { () throws(StoreError) in
            let sql = Self.visitColumns + " WHERE \(filter.sql) ORDER BY ref_year, ref_number"
            let rows = try connection.rows(sql, filter.values) { row throws(StoreError) in try visitRow(row) }
            guard !rows.isEmpty else { return [] }
            let parts = try VisitPartsReader(connection: connection, scope: partsScope(filter, ids: rows.map(\.id)))
                .read()
            return rows.map { parts.complete($0) }
        }
    }

    /// Few visits: fetch their parts by row id (index look-ups). Many: reuse the filter, one pass.
    private func partsScope(_ filter: Filter, ids: [Int64]) -> Filter {
        guard ids.count <= 500 else {
            return Filter(sql: "visit_id IN (SELECT id FROM visit WHERE \(filter.sql))", values: filter.values)
        }
        let placeholders = ids.indices.map { "?\($0 + 1)" }.joined(separator: ", ")
        return Filter(sql: "visit_id IN (\(placeholders))", values: ids.map { .integer($0) })
    }

    /// A visit without its visitors, wijken and programme, plus its row id.
    struct PartialVisit {
        var id: Int64
        var visit: Werkbezoek
    }

    private func visitRow(_ row: SQLiteRow) throws(StoreError) -> PartialVisit {
        let reference = try RowDecoding.reference(row.text(1), path: connection.path)
        let details = VisitDetails(
            visitors: [], municipalityCode: row.text(2),
            proposed: RowDecoding.slot(row.optionalInteger(3), row.optionalInteger(4)),
            confirmed: RowDecoding.slot(row.optionalInteger(5), row.optionalInteger(6)),
            hostContact: row.optionalText(7).map {
                HostContact(name: $0, email: row.optionalText(8), phone: row.optionalText(9))
            },
            notes: row.text(10))
        let visit = Werkbezoek(
            reference: reference, details: details,
            status: try RowDecoding.status(row.text(11), path: connection.path),
            statusReason: row.optionalText(12),
            createdAt: RowDecoding.date(row.integer(13)), updatedAt: RowDecoding.date(row.integer(14)))
        return PartialVisit(id: row.integer(0), visit: visit)
    }
}

/// Turns stored column values back into domain values; bad values mean a damaged file.
enum RowDecoding {
    static func reference(_ text: String, path: String) throws(StoreError) -> VisitReference {
        guard let reference = VisitReference(text) else {
            throw StoreError.corrupt(path: path, detail: "ongeldige referentie ‘\(text)’")
        }
        return reference
    }

    static func status(_ text: String, path: String) throws(StoreError) -> VisitStatus {
        guard let status = VisitStatus(rawValue: text) else {
            throw StoreError.corrupt(path: path, detail: "onbekende status ‘\(text)’")
        }
        return status
    }

    static func date(_ seconds: Int64) -> Date {
        Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    static func slot(_ start: Int64?, _ end: Int64?) -> TimeSlot? {
        start.map { TimeSlot(start: date($0), end: end.map(date)) }
    }

    static func seconds(_ date: Date) -> Int64 {
        Int64(date.timeIntervalSince1970.rounded(.down))
    }
}
