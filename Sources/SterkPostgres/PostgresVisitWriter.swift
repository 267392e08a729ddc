import PostgresNIO
import SterkStore

/// The INSERT and UPDATE statements for visits, each costing as few round trips as it can:
/// a visit's parts and history go in one batched statement (`PostgresBatchInsert`).
struct PostgresVisitWriter: VisitInserting {
    let session: PostgresSession

    /// Advisory-lock key taken by every transaction that hands out references ("STRK"), so two
    /// clients creating or importing at once never pick the same number.
    static let referenceLock: Int64 = 0x5354_524B

    func lockReferences() throws(StoreError) {
        try session.query("SELECT pg_advisory_xact_lock($1)", [.integer(Self.referenceLock)])
    }

    /// The next free number for `year`; call after `lockReferences`.
    func nextNumber(year: Int) throws(StoreError) -> Int {
        let rows = try session.query(
            "SELECT coalesce(max(ref_number), 0) + 1 FROM visit WHERE ref_year = $1", [.integer(Int64(year))])
        guard let row = rows.first else { return 1 }
        return Int(try PostgresColumns(row, location: session.location.display).integer(0))
    }

    /// Row id, status and confirmed slot (`lock`: with the row locked until the transaction ends).
    func state(_ reference: VisitReference, lock: Bool) throws(StoreError) -> VisitRowState? {
        let sql =
            "SELECT id, status, confirmed_start, confirmed_end FROM visit WHERE reference = $1"
            + (lock ? " FOR UPDATE" : "")
        return try PostgresQueries(session: session).rows(sql, [.text(reference.description)]) {
            row throws(StoreError) in
            VisitRowState(id: try row.integer(0), status: try row.status(1), confirmed: try row.slot(2, 3))
        }.first
    }

    /// Inserts the visit row, then its parts and `history` in one statement: two round trips.
    func insertIfNew(_ visit: Werkbezoek, history: [HistoryEntry]) throws(StoreError) -> Bool {
        try insert(visit, history: history, ifNew: true) != nil
    }

    /// Inserts the visit row, then its parts and `history` in one statement; returns the row
    /// id, or nil when `ifNew` and the reference is already stored (then nothing is written).
    @discardableResult
    func insert(_ visit: Werkbezoek, history: [HistoryEntry], ifNew: Bool = false) throws(StoreError) -> Int64? {
        let rows = try session.query(
            """
            INSERT INTO visit (reference, ref_year, ref_number, municipality, proposed_start, proposed_end,
                confirmed_start, confirmed_end, host_name, host_email, host_phone, notes, status,
                status_reason, created_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
            """ + (ifNew ? " ON CONFLICT DO NOTHING" : "") + " RETURNING id",
            [
                .text(visit.reference.description), .integer(Int64(visit.reference.year)),
                .integer(Int64(visit.reference.number)),
            ] + detailValues(visit.details)
                + [
                    .text(visit.status.rawValue), .optionalText(visit.statusReason),
                    .integer(StoredTime.seconds(visit.createdAt)), .integer(StoredTime.seconds(visit.updatedAt)),
                ])
        if ifNew, rows.isEmpty { return nil }
        let id = try returnedID(rows)
        var batch = PostgresBatchInsert()
        addParts(visit.details, visitID: id, to: &batch)
        addHistory(history, visitID: id, to: &batch)
        try batch.run(on: session)
        return id
    }

    /// Rewrites the visit's details, parts and history entry: three round trips.
    func updateDetails(_ details: VisitDetails, visitID: Int64, entry: HistoryEntry) throws(StoreError) {
        try session.query(
            """
            WITH a AS (DELETE FROM visitor WHERE visit_id = $11), b AS (DELETE FROM visit_wijk WHERE visit_id = $11),
                c AS (DELETE FROM programme_item WHERE visit_id = $11)
            UPDATE visit SET municipality = $1, proposed_start = $2, proposed_end = $3, confirmed_start = $4,
                confirmed_end = $5, host_name = $6, host_email = $7, host_phone = $8, notes = $9,
                updated_at = $10 WHERE id = $11
            """, detailValues(details) + [.integer(StoredTime.seconds(entry.at)), .integer(visitID)])
        var batch = PostgresBatchInsert()
        addParts(details, visitID: visitID, to: &batch)
        addHistory([entry], visitID: visitID, to: &batch)
        try batch.run(on: session)
    }

    /// Writes a planned status change and its history entry in one statement, only if the
    /// visit still has the status and confirmed slot the plan was decided on. Returns the
    /// history id, or nil when someone changed the visit in between (nothing was written).
    func changeStatus(_ plan: StatusChangePlan) throws(StoreError) -> Int64? {
        let rows = try session.query(
            """
            WITH changed AS (
                UPDATE visit SET status = $1, status_reason = $2, updated_at = $3,
                    confirmed_start = coalesce($4, confirmed_start),
                    confirmed_end = CASE WHEN $4::bigint IS NULL THEN confirmed_end ELSE $5 END
                WHERE id = $6 AND status = $7
                    AND confirmed_start IS NOT DISTINCT FROM $8 AND confirmed_end IS NOT DISTINCT FROM $9
                RETURNING id)
            INSERT INTO history (visit_id, at, actor, kind, from_status, to_status, note)
            SELECT id, $3, $10, $11, $7, $1, $12 FROM changed RETURNING id
            """,
            [
                .text(plan.request.target.rawValue), .optionalText(plan.reason), .integer(plan.seconds),
                .optionalInteger(StoredTime.start(plan.confirmed)), .optionalInteger(StoredTime.end(plan.confirmed)),
                .integer(plan.current.id), .text(plan.current.status.rawValue),
                .optionalInteger(StoredTime.start(plan.current.confirmed)),
                .optionalInteger(StoredTime.end(plan.current.confirmed)),
                .text(plan.request.actor), .text(HistoryEntry.Kind.status.rawValue), .text(plan.note),
            ])
        guard !rows.isEmpty else { return nil }
        return try returnedID(rows)
    }

    private func returnedID(_ rows: [PostgresRow]) throws(StoreError) -> Int64 {
        guard let row = rows.first else {
            throw StoreError.corrupt(path: session.location.display, detail: DutchPostgresDetail.noReturnedID)
        }
        return try PostgresColumns(row, location: session.location.display).integer(0)
    }

    private func detailValues(_ details: VisitDetails) -> [PostgresValue] {
        [
            .text(details.municipalityCode),
            .optionalInteger(StoredTime.start(details.proposed)), .optionalInteger(StoredTime.end(details.proposed)),
            .optionalInteger(StoredTime.start(details.confirmed)), .optionalInteger(StoredTime.end(details.confirmed)),
            .optionalText(details.hostContact?.name), .optionalText(details.hostContact?.email),
            .optionalText(details.hostContact?.phone), .text(details.notes),
        ]
    }

    private func addParts(_ details: VisitDetails, visitID: Int64, to batch: inout PostgresBatchInsert) {
        batch.add(
            "visitor", columns: ["visit_id", "position", "name", "name_key", "role", "organisation", "email", "phone"],
            rows: details.visitors.enumerated().map { position, visitor in
                [
                    .integer(visitID), .integer(Int64(position)), .text(visitor.name),
                    .text(SearchKey.fold(visitor.name)), .text(visitor.role), .text(visitor.organisation),
                    .optionalText(visitor.email), .optionalText(visitor.phone),
                ]
            })
        batch.add(
            "visit_wijk", columns: ["visit_id", "position", "wijk"],
            rows: details.wijkIDs.enumerated().map {
                [.integer(visitID), .integer(Int64($0.offset)), .text($0.element)]
            })
        batch.add(
            "programme_item", columns: ["visit_id", "position", "time", "place", "what", "who"],
            rows: details.programme.enumerated().map { position, item in
                [
                    .integer(visitID), .integer(Int64(position)), .text(item.time), .text(item.place),
                    .text(item.what), .text(item.who),
                ]
            })
    }

    private func addHistory(_ entries: [HistoryEntry], visitID: Int64, to batch: inout PostgresBatchInsert) {
        batch.add(
            "history", columns: ["visit_id", "at", "actor", "kind", "from_status", "to_status", "note"],
            rows: entries.map { entry in
                [
                    .integer(visitID), .integer(StoredTime.seconds(entry.at)), .text(entry.actor),
                    .text(entry.kind.rawValue), .optionalText(entry.from?.rawValue), .text(entry.to.rawValue),
                    .text(entry.note),
                ]
            })
    }
}
