import Foundation

extension SQLiteWerkbezoekStore {
    /// Records a new visit as `aangevraagd` with the next free `WB-YYYY-NNN` of its year.
    public func create(_ details: VisitDetails, actor: String, at date: Date = Date()) throws(StoreError) -> Werkbezoek
    {
        let plan = try NewVisitPlan(details, actor: actor, at: date)
        return try connection.writeTransaction { () throws(StoreError) in
            let writer = VisitWriter(connection: connection)
            let visit = try plan.visit(number: try writer.nextNumber(year: plan.year))
            _ = try writer.appendHistory(plan.createdEntry(visit), visitID: try writer.insert(visit))
            return visit
        }
    }

    /// Moves the visit to `request.target` if the lifecycle allows it, in one transaction.
    public func changeStatus(_ request: StatusChangeRequest) throws(StoreError) -> HistoryEntry {
        try connection.writeTransaction { () throws(StoreError) in
            // Read under the write lock: the status we check is the one we replace.
            guard let current = try currentState(request.reference) else {
                throw StoreError.visitNotFound(request.reference.description)
            }
            let plan = try StatusChangePlan(request, current: current)
            let writer = VisitWriter(connection: connection)
            try writer.updateStatus(plan)
            return plan.entry(id: try writer.appendHistory(plan.entry(id: 0), visitID: current.id))
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
        return try connection.writeTransaction { () throws(StoreError) in
            guard let current = try currentState(reference), var visit = try visit(reference) else {
                throw StoreError.visitNotFound(reference.description)
            }
            guard let text = VisitWritePlan.editNote(from: visit.details, to: details, note: note) else { return visit }
            let writer = VisitWriter(connection: connection)
            try writer.updateDetails(details, visitID: current.id, at: seconds)
            visit.details = details
            visit.updatedAt = StoredTime.date(seconds)
            let entry = HistoryEntry(
                id: 0, reference: reference, at: visit.updatedAt, actor: actor, kind: .edited, from: visit.status,
                to: visit.status, note: text)
            _ = try writer.appendHistory(entry, visitID: current.id)
            return visit
        }
    }

    /// The row id, status and confirmed slot of a visit: what a status change needs.
    private func currentState(_ reference: VisitReference) throws(StoreError) -> VisitRowState? {
        let sql = "SELECT id, status, confirmed_start, confirmed_end FROM visit WHERE reference = ?1"
        return try SQLiteQueries(connection: connection).rows(sql, [.text(reference.description)]) {
            row throws(StoreError) in
            VisitRowState(id: row.integer(0), status: try row.status(1), confirmed: try row.slot(2, 3))
        }.first
    }
}
