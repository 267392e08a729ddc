import PostgresNIO
import SterkStore

/// The INSERT and UPDATE statements for visits; callers run them inside a transaction.
struct PostgresVisitWriter {
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

    func exists(_ reference: VisitReference) throws(StoreError) -> Bool {
        !(try session.query("SELECT 1 FROM visit WHERE reference = $1", [.text(reference.description)])).isEmpty
    }

    /// Inserts the visit row and its parts; returns the row id.
    func insert(_ visit: Werkbezoek) throws(StoreError) -> Int64 {
        let rows = try session.query(
            """
            INSERT INTO visit (reference, ref_year, ref_number, municipality, proposed_start, proposed_end,
                confirmed_start, confirmed_end, host_name, host_email, host_phone, notes, status,
                status_reason, created_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id
            """,
            [
                .text(visit.reference.description), .integer(Int64(visit.reference.year)),
                .integer(Int64(visit.reference.number)),
            ] + detailValues(visit.details)
                + [
                    .text(visit.status.rawValue), .optionalText(visit.statusReason),
                    .integer(Seconds.of(visit.createdAt)), .integer(Seconds.of(visit.updatedAt)),
                ])
        let id = try returnedID(rows)
        try insertParts(visit.details, visitID: id)
        return id
    }

    /// Rewrites the visit's details and parts.
    func updateDetails(_ details: VisitDetails, visitID: Int64, at seconds: Int64) throws(StoreError) {
        try session.query(
            """
            UPDATE visit SET municipality = $1, proposed_start = $2, proposed_end = $3, confirmed_start = $4,
                confirmed_end = $5, host_name = $6, host_email = $7, host_phone = $8, notes = $9,
                updated_at = $10 WHERE id = $11
            """, detailValues(details) + [.integer(seconds), .integer(visitID)])
        for table in ["visitor", "visit_wijk", "programme_item"] {
            try session.query("DELETE FROM \(table) WHERE visit_id = $1", [.integer(visitID)])
        }
        try insertParts(details, visitID: visitID)
    }

    /// Sets status, reason and (when given) the confirmed slot.
    func updateStatus(visitID: Int64, to status: VisitStatus, reason: String?, confirmed: TimeSlot?, at seconds: Int64)
        throws(StoreError)
    {
        try session.query(
            """
            UPDATE visit SET status = $1, status_reason = $2, updated_at = $3,
                confirmed_start = coalesce($4, confirmed_start),
                confirmed_end = CASE WHEN $4::bigint IS NULL THEN confirmed_end ELSE $5 END
            WHERE id = $6
            """,
            [
                .text(status.rawValue), .optionalText(reason), .integer(seconds),
                .optionalInteger(confirmed.map { Seconds.of($0.start) }),
                .optionalInteger(confirmed?.end.map(Seconds.of)), .integer(visitID),
            ])
    }

    /// Appends one history entry; returns its id.
    func appendHistory(
        visitID: Int64, at seconds: Int64, actor: String, kind: HistoryEntry.Kind,
        from: VisitStatus?, to: VisitStatus, note: String
    ) throws(StoreError) -> Int64 {
        let rows = try session.query(
            """
            INSERT INTO history (visit_id, at, actor, kind, from_status, to_status, note)
            VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id
            """,
            [
                .integer(visitID), .integer(seconds), .text(actor), .text(kind.rawValue),
                .optionalText(from?.rawValue), .text(to.rawValue), .text(note),
            ])
        return try returnedID(rows)
    }

    private func returnedID(_ rows: [PostgresRow]) throws(StoreError) -> Int64 {
        guard let row = rows.first else {
            throw StoreError.corrupt(path: session.location.display, detail: "INSERT gaf geen id terug")
        }
        return try PostgresColumns(row, location: session.location.display).integer(0)
    }

    private func detailValues(_ details: VisitDetails) -> [PostgresValue] {
        [
            .text(details.municipalityCode),
            .optionalInteger(details.proposed.map { Seconds.of($0.start) }),
            .optionalInteger(details.proposed?.end.map(Seconds.of)),
            .optionalInteger(details.confirmed.map { Seconds.of($0.start) }),
            .optionalInteger(details.confirmed?.end.map(Seconds.of)),
            .optionalText(details.hostContact?.name), .optionalText(details.hostContact?.email),
            .optionalText(details.hostContact?.phone), .text(details.notes),
        ]
    }

    private func insertParts(_ details: VisitDetails, visitID: Int64) throws(StoreError) {
        for (position, visitor) in details.visitors.enumerated() {
            try session.query(
                """
                INSERT INTO visitor (visit_id, position, name, name_key, role, organisation, email, phone)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                """,
                [
                    .integer(visitID), .integer(Int64(position)), .text(visitor.name),
                    .text(SearchKey.fold(visitor.name)), .text(visitor.role), .text(visitor.organisation),
                    .optionalText(visitor.email), .optionalText(visitor.phone),
                ])
        }
        for (position, wijk) in details.wijkIDs.enumerated() {
            try session.query(
                "INSERT INTO visit_wijk (visit_id, position, wijk) VALUES ($1, $2, $3)",
                [.integer(visitID), .integer(Int64(position)), .text(wijk)])
        }
        for (position, item) in details.programme.enumerated() {
            try session.query(
                """
                INSERT INTO programme_item (visit_id, position, time, place, what, who) VALUES ($1, $2, $3, $4, $5, $6)
                """,
                [
                    .integer(visitID), .integer(Int64(position)), .text(item.time), .text(item.place),
                    .text(item.what), .text(item.who),
                ])
        }
    }
}
