import Foundation
import SterkStore

extension PostgresWerkbezoekStore {
    /// Records a new visit as `aangevraagd` with the next free `WB-YYYY-NNN` of its year.
    public func create(_ details: VisitDetails, actor: String, at date: Date = Date()) throws(StoreError) -> Werkbezoek
    {
        let plan = try NewVisitPlan(details, actor: actor, at: date)
        let session = try session()
        return try PostgresTransaction(session: session).run { () throws(StoreError) in
            let writer = PostgresVisitWriter(session: session)
            try writer.lockReferences()
            let visit = try plan.visit(number: try writer.nextNumber(year: plan.year))
            try writer.insert(visit, history: [plan.createdEntry(visit)])
            return visit
        }
    }

    /// Moves the visit to `request.target` if the lifecycle allows it, usually in two round
    /// trips: the state is read, the change decided (`StatusChangePlan`), then written by one
    /// statement that applies only while the visit still has that state. If another client
    /// changed it in between, the decision is made again on what it left (so a caller that said
    /// which status it saw gets "is intussen gewijzigd", and nothing changes); a visit that
    /// keeps changing is then locked (FOR UPDATE) for a last attempt that cannot lose the race.
    public func changeStatus(_ request: StatusChangeRequest) throws(StoreError) -> HistoryEntry {
        let session = try session()
        let writer = PostgresVisitWriter(session: session)
        for _ in 0..<2 {
            guard let current = try writer.state(request.reference, lock: false) else {
                throw StoreError.visitNotFound(request.reference.description)
            }
            let plan = try StatusChangePlan(request, current: current)
            if let id = try writer.changeStatus(plan) { return plan.entry(id: id) }
        }
        return try PostgresTransaction(session: session).run { () throws(StoreError) in
            guard let current = try writer.state(request.reference, lock: true) else {
                throw StoreError.visitNotFound(request.reference.description)
            }
            let plan = try StatusChangePlan(request, current: current)
            guard let id = try writer.changeStatus(plan) else {
                throw StoreError.corrupt(path: location.display, detail: DutchPostgresDetail.lockedVisitUnchanged)
            }
            return plan.entry(id: id)
        }
    }

    /// Replaces the details; the history notes which fields changed. No change, no entry.
    public func update(
        _ reference: VisitReference, details: VisitDetails, actor: String,
        note: String = "", at date: Date = Date()
    ) throws(StoreError) -> Werkbezoek {
        let details = details.normalized
        try details.validate()
        let seconds = StoredTime.seconds(date)
        let session = try session()
        return try PostgresTransaction(session: session).run { () throws(StoreError) in
            let writer = PostgresVisitWriter(session: session)
            guard let current = try writer.state(reference, lock: true),
                var visit = try PostgresVisitReader(session: session)
                    .visits(.init(sql: "id = $1", values: [.integer(current.id)])).first
            else {
                throw StoreError.visitNotFound(reference.description)
            }
            guard let text = VisitWritePlan.editNote(from: visit.details, to: details, note: note) else { return visit }
            visit.details = details
            visit.updatedAt = StoredTime.date(seconds)
            let entry = HistoryEntry(
                id: 0, reference: reference, at: visit.updatedAt, actor: actor, kind: .edited, from: visit.status,
                to: visit.status, note: text)
            try writer.updateDetails(details, visitID: current.id, entry: entry)
            return visit
        }
    }

    /// Adds archived visits with their history in one transaction; a reference that already
    /// exists (in the store or earlier in `visits`) is skipped and reported, never overwritten.
    /// Every visit is checked first (`ArchivedVisit.problems`, as SQLite); if any fails, nothing is imported.
    public func importVisits(_ visits: [ArchivedVisit]) throws(StoreError) -> ImportReport {
        try VisitWritePlan.checkImport(visits)
        let session = try session()
        return try PostgresTransaction(session: session).run { () throws(StoreError) in
            let writer = PostgresVisitWriter(session: session)
            try writer.lockReferences()
            return try VisitWritePlan.importVisits(visits, into: writer)
        }
    }
}
