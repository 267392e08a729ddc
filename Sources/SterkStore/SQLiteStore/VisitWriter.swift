/// The INSERT and UPDATE statements for visits; callers run them inside a write transaction.
struct VisitWriter {
    let connection: SQLiteConnection

    /// The next free number for `year`, read under the write lock so two processes never pick the same.
    func nextNumber(year: Int) throws(StoreError) -> Int {
        Int(
            try connection.integer(
                "SELECT coalesce(max(ref_number), 0) + 1 FROM visit WHERE ref_year = ?1",
                [.integer(Int64(year))]))
    }

    /// Inserts the visit row and its parts; returns the row id.
    func insert(_ visit: Werkbezoek) throws(StoreError) -> Int64 {
        try connection.run(
            """
            INSERT INTO visit (reference, ref_year, ref_number, municipality, proposed_start, proposed_end,
                confirmed_start, confirmed_end, host_name, host_email, host_phone, notes, status,
                status_reason, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
            """,
            [
                .text(visit.reference.description), .integer(Int64(visit.reference.year)),
                .integer(Int64(visit.reference.number)),
            ] + detailValues(visit.details)
                + [
                    .text(visit.status.rawValue), .optionalText(visit.statusReason),
                    .integer(RowDecoding.seconds(visit.createdAt)), .integer(RowDecoding.seconds(visit.updatedAt)),
                ])
        let id = connection.lastInsertRowID
        try insertParts(visit.details, visitID: id)
        return id
    }

    /// Rewrites the visit's details and parts.
    func updateDetails(_ details: VisitDetails, visitID: Int64, at seconds: Int64) throws(StoreError) {
        try connection.run(
            """
            UPDATE visit SET municipality = ?1, proposed_start = ?2, proposed_end = ?3, confirmed_start = ?4,
                confirmed_end = ?5, host_name = ?6, host_email = ?7, host_phone = ?8, notes = ?9,
                updated_at = ?10 WHERE id = ?11
            """, detailValues(details) + [.integer(seconds), .integer(visitID)])
        for table in ["visitor", "visit_wijk", "programme_item"] {
            try connection.run("DELETE FROM \(table) WHERE visit_id = ?1", [.integer(visitID)])
        }
        try insertParts(details, visitID: visitID)
    }

    /// Sets status, reason and (when given) the confirmed slot.
    func updateStatus(visitID: Int64, to status: VisitStatus, reason: String?, confirmed: TimeSlot?, at seconds: Int64)
        throws(StoreError)
    {
        try connection.run(
            """
            UPDATE visit SET status = ?1, status_reason = ?2, updated_at = ?3,
                confirmed_start = coalesce(?4, confirmed_start),
                confirmed_end = CASE WHEN ?4 IS NULL THEN confirmed_end ELSE ?5 END
            WHERE id = ?6
            """,
            [
                .text(status.rawValue), .optionalText(reason), .integer(seconds),
                .optionalInteger(confirmed.map { RowDecoding.seconds($0.start) }),
                .optionalInteger(confirmed?.end.map(RowDecoding.seconds)), .integer(visitID),
            ])
    }

    /// Appends one history entry; returns its id.
    func appendHistory(
        visitID: Int64, at seconds: Int64, actor: String, kind: HistoryEntry.Kind,
        from: VisitStatus?, to: VisitStatus, note: String
    ) throws(StoreError) -> Int64 {
        try connection.run(
            """
            INSERT INTO history (visit_id, at, actor, kind, from_status, to_status, note)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            """,
            [
                .integer(visitID), .integer(seconds), .text(actor), .text(kind.rawValue),
                .optionalText(from?.rawValue), .text(to.rawValue), .text(note),
            ])
        return connection.lastInsertRowID
    }

    private func detailValues(_ details: VisitDetails) -> [SQLiteValue] {
        [
            .text(details.municipalityCode),
            .optionalInteger(details.proposed.map { RowDecoding.seconds($0.start) }),
            .optionalInteger(details.proposed?.end.map(RowDecoding.seconds)),
            .optionalInteger(details.confirmed.map { RowDecoding.seconds($0.start) }),
            .optionalInteger(details.confirmed?.end.map(RowDecoding.seconds)),
            .optionalText(details.hostContact?.name), .optionalText(details.hostContact?.email),
            .optionalText(details.hostContact?.phone), .text(details.notes),
        ]
    }

    private func insertParts(_ details: VisitDetails, visitID: Int64) throws(StoreError) {
        for (position, visitor) in details.visitors.enumerated() {
            try connection.run(
                """
                INSERT INTO visitor (visit_id, position, name, name_key, role, organisation, email, phone)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                """,
                [
                    .integer(visitID), .integer(Int64(position)), .text(visitor.name),
                    .text(SearchKey.fold(visitor.name)), .text(visitor.role), .text(visitor.organisation),
                    .optionalText(visitor.email), .optionalText(visitor.phone),
                ])
        }
        for (position, wijk) in details.wijkIDs.enumerated() {
            try connection.run(
                "INSERT INTO visit_wijk (visit_id, position, wijk) VALUES (?1, ?2, ?3)",
                [.integer(visitID), .integer(Int64(position)), .text(wijk)])
        }
        for (position, item) in details.programme.enumerated() {
            try connection.run(
                """
                INSERT INTO programme_item (visit_id, position, time, place, what, who) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                """,
                [
                    .integer(visitID), .integer(Int64(position)), .text(item.time), .text(item.place),
                    .text(item.what), .text(item.who),
                ])
        }
    }
}
