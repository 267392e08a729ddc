/// The SELECTs for visits, their parts and history, and the decoders for their rows: the same
/// for both back ends (their schemas have the same tables and columns).
package enum StoredVisitRows {
    package static let visitSelect = """
        SELECT id, reference, municipality, proposed_start, proposed_end, confirmed_start,
               confirmed_end, host_name, host_email, host_phone, notes, status, status_reason,
               created_at, updated_at FROM visit
        """
    package static let visitorSelect = "SELECT visit_id, name, role, organisation, email, phone FROM visitor"
    package static let wijkSelect = "SELECT visit_id, wijk FROM visit_wijk"
    package static let programmeSelect = "SELECT visit_id, time, place, what, who FROM programme_item"
    package static let historySelect = """
        SELECT h.id, v.reference, h.at, h.actor, h.kind, h.from_status, h.to_status, h.note
        FROM history h JOIN visit v ON v.id = h.visit_id
        """

    /// A row of `visitSelect`: the visit without visitors, wijken and programme, and its row id.
    package static func visit(_ row: some StoredRow) throws(StoreError) -> PartialVisit {
        let host = try row.optionalText(7)
        let details = VisitDetails(
            visitors: [], municipalityCode: try row.text(2), proposed: try row.slot(3, 4),
            confirmed: try row.slot(5, 6),
            hostContact: try host.map { name throws(StoreError) in
                HostContact(name: name, email: try row.optionalText(8), phone: try row.optionalText(9))
            },
            notes: try row.text(10))
        let visit = Werkbezoek(
            reference: try row.reference(1), details: details, status: try row.status(11),
            statusReason: try row.optionalText(12), createdAt: try row.date(13), updatedAt: try row.date(14))
        return PartialVisit(id: try row.integer(0), visit: visit)
    }

    static func visitor(_ row: some StoredRow) throws(StoreError) -> Visitor {
        Visitor(
            name: try row.text(1), role: try row.text(2), organisation: try row.text(3),
            email: try row.optionalText(4), phone: try row.optionalText(5))
    }

    static func programmeItem(_ row: some StoredRow) throws(StoreError) -> ProgrammeItem {
        ProgrammeItem(time: try row.text(1), place: try row.text(2), what: try row.text(3), who: try row.text(4))
    }

    /// A row of `historySelect`.
    package static func historyEntry(_ row: some StoredRow) throws(StoreError) -> HistoryEntry {
        let kindText = try row.text(4)
        guard let kind = HistoryEntry.Kind(rawValue: kindText) else {
            throw StoreError.corrupt(path: row.location, detail: DutchStoreDetail.unknownChangeKind(kindText))
        }
        return HistoryEntry(
            id: try row.integer(0), reference: try row.reference(1), at: try row.date(2), actor: try row.text(3),
            kind: kind, from: try row.optionalStatus(5), to: try row.status(6), note: try row.text(7))
    }
}

/// A visit without its visitors, wijken and programme, plus its row id.
package struct PartialVisit {
    package var id: Int64
    package var visit: Werkbezoek
}
