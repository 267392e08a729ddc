/// The INSERT and UPDATE statements for visits; callers run them inside a write transaction.
struct VisitWriter: VisitInserting {
    let connection: SQLiteConnection

    func insertIfNew(_ visit: Werkbezoek, history: [HistoryEntry]) throws(StoreError) -> Bool {
        let sql = "SELECT count(*) FROM visit WHERE reference = ?1"
        guard try connection.integer(sql, [.text(visit.reference.description)]) == 0 else { return false }
        let id = try insert(visit)
        for entry in history { _ = try appendHistory(entry, visitID: id) }
        return true
    }

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
                    .integer(StoredTime.seconds(visit.createdAt)), .integer(StoredTime.seconds(visit.updatedAt)),
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

    /// Sets the planned status, reason and (when given) confirmed slot.
    func updateStatus(_ plan: StatusChangePlan) throws(StoreError) {
        try connection.run(
            """
            UPDATE visit SET status = ?1, status_reason = ?2, updated_at = ?3,
                confirmed_start = coalesce(?4, confirmed_start),
                confirmed_end = CASE WHEN ?4 IS NULL THEN confirmed_end ELSE ?5 END
            WHERE id = ?6
            """,
            [
                .text(plan.request.target.rawValue), .optionalText(plan.reason), .integer(plan.seconds),
                .optionalInteger(StoredTime.start(plan.confirmed)), .optionalInteger(StoredTime.end(plan.confirmed)),
                .integer(plan.current.id),
            ])
    }

    /// Appends one history entry (its id and reference are ignored); returns the new id.
    func appendHistory(_ entry: HistoryEntry, visitID: Int64) throws(StoreError) -> Int64 {
        try connection.run(
            """
            INSERT INTO history (visit_id, at, actor, kind, from_status, to_status, note)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            """,
            [
                .integer(visitID), .integer(StoredTime.seconds(entry.at)), .text(entry.actor),
                .text(entry.kind.rawValue), .optionalText(entry.from?.rawValue), .text(entry.to.rawValue),
                .text(entry.note),
            ])
        return connection.lastInsertRowID
    }

    private func detailValues(_ details: VisitDetails) -> [SQLiteValue] {
        [
            .text(details.municipalityCode),
            .optionalInteger(StoredTime.start(details.proposed)), .optionalInteger(StoredTime.end(details.proposed)),
            .optionalInteger(StoredTime.start(details.confirmed)), .optionalInteger(StoredTime.end(details.confirmed)),
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
