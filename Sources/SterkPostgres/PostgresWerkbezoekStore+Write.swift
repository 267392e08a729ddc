import Foundation
import SterkStore

extension PostgresWerkbezoekStore {
    /// Records a new visit as `aangevraagd` with the next free `WB-YYYY-NNN` of its year.
    public func create(_ details: VisitDetails, actor: String, at date: Date = Date()) throws(StoreError) -> Werkbezoek
    {
        let details = details.normalized
        try details.validate()
        let seconds = Seconds.of(date)
        let year = TimeSlot.calendar.component(.year, from: date)
        let session = try session()
        return try PostgresTransaction(session: session).run { () throws(StoreError) in
            let writer = PostgresVisitWriter(session: session)
            try writer.lockReferences()
            let number = try writer.nextNumber(year: year)
            // A tenth digit would be a reference no reader accepts: refuse rather than write it (as SQLite).
            guard number <= VisitLimits.maximumNumber else { throw StoreError.referencesExhausted(year: year) }
            let reference = VisitReference(year: year, number: number)
            let stamp = Seconds.date(seconds)
            let visit = Werkbezoek(
                reference: reference, details: details, status: .aangevraagd, createdAt: stamp, updatedAt: stamp)
            let id = try writer.insert(visit)
            _ = try writer.appendHistory(
                visitID: id, at: seconds, actor: actor, kind: .created, from: nil, to: .aangevraagd, note: "")
            return visit
        }
    }

    /// Moves the visit to `request.target` if the lifecycle allows it. The row is locked
    /// (FOR UPDATE) before its status is checked, so a client on another machine that changed
    /// it first is noticed: "is intussen gewijzigd", and nothing is changed.
    public func changeStatus(_ request: StatusChangeRequest) throws(StoreError) -> HistoryEntry {
        let seconds = Seconds.of(request.at)
        let session = try session()
        return try PostgresTransaction(session: session).run { () throws(StoreError) in
            guard let current = try lockedState(request.reference, session) else {
                throw StoreError.visitNotFound(request.reference.description)
            }
            if let expected = request.expecting, expected != current.status {
                throw StoreError.concurrentChange(
                    reference: request.reference.description, expected: expected, actual: current.status)
            }
            let note = request.note.trimmingSpaces
            try StatusTransition.check(
                from: current.status, to: request.target, note: note,
                confirmed: request.confirmed ?? current.confirmed)
            let writer = PostgresVisitWriter(session: session)
            try writer.updateStatus(
                visitID: current.id, to: request.target, reason: request.target.needsReason ? note : nil,
                confirmed: request.confirmed?.normalized, at: seconds)
            let id = try writer.appendHistory(
                visitID: current.id, at: seconds, actor: request.actor, kind: .status,
                from: current.status, to: request.target, note: note)
            return HistoryEntry(
                id: id, reference: request.reference, at: Seconds.date(seconds), actor: request.actor,
                kind: .status, from: current.status, to: request.target, note: note)
        }
    }

    /// Replaces the details; the history notes which fields changed. No change, no entry.
    public func update(
        _ reference: VisitReference, details: VisitDetails, actor: String,
        note: String = "", at date: Date = Date()
    ) throws(StoreError) -> Werkbezoek {
        let details = details.normalized
        try details.validate()
        let seconds = Seconds.of(date)
        let session = try session()
        return try PostgresTransaction(session: session).run { () throws(StoreError) in
            guard let current = try lockedState(reference, session),
                var visit = try PostgresVisitReader(session: session)
                    .visits(.init(sql: "id = $1", values: [.integer(current.id)])).first
            else {
                throw StoreError.visitNotFound(reference.description)
            }
            let changed = ChangedFields.between(visit.details, details)
            guard !changed.isEmpty else { return visit }
            let writer = PostgresVisitWriter(session: session)
            try writer.updateDetails(details, visitID: current.id, at: seconds)
            let summary = "gewijzigd: " + changed.joined(separator: ", ")
            let text = note.trimmingSpaces.isEmpty ? summary : "\(note.trimmingSpaces) (\(summary))"
            _ = try writer.appendHistory(
                visitID: current.id, at: seconds, actor: actor, kind: .edited,
                from: visit.status, to: visit.status, note: text)
            visit.details = details
            visit.updatedAt = Seconds.date(seconds)
            return visit
        }
    }

    /// Adds archived visits with their history in one transaction; a reference that already
    /// exists (in the store or earlier in `visits`) is skipped and reported, never overwritten.
    /// Every visit is checked first (`ArchivedVisit.problems`, as SQLite); if any fails, nothing is imported.
    public func importVisits(_ visits: [ArchivedVisit]) throws(StoreError) -> ImportReport {
        let refused = visits.flatMap { archived in
            archived.normalized.problems.map { "\(archived.visit.reference): \($0)" }
        }
        guard refused.isEmpty else { throw StoreError.refusedImport(refused) }
        let session = try session()
        return try PostgresTransaction(session: session).run { () throws(StoreError) in
            let writer = PostgresVisitWriter(session: session)
            try writer.lockReferences()
            var report = ImportReport()
            for archived in visits {
                let reference = archived.visit.reference
                if try writer.exists(reference) {
                    report.skippedExisting.append(reference)
                    continue
                }
                var visit = archived.visit
                visit.details = visit.details.normalized
                let id = try writer.insert(visit)
                for entry in archived.history {
                    _ = try writer.appendHistory(
                        visitID: id, at: Seconds.of(entry.at), actor: entry.actor,
                        kind: entry.kind, from: entry.from, to: entry.to, note: entry.note)
                }
                report.imported.append(reference)
            }
            return report
        }
    }

    /// Row id, status and confirmed slot, with the row locked until the transaction ends.
    private func lockedState(_ reference: VisitReference, _ session: PostgresSession) throws(StoreError)
        -> (id: Int64, status: VisitStatus, confirmed: TimeSlot?)?
    {
        let sql = "SELECT id, status, confirmed_start, confirmed_end FROM visit WHERE reference = $1 FOR UPDATE"
        guard let row = try session.query(sql, [.text(reference.description)]).first else { return nil }
        let columns = PostgresColumns(row, location: location.display)
        return (try columns.integer(0), try columns.status(1), try columns.slot(2, 3))
    }
}
