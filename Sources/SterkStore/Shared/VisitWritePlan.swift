import Foundation

/// What a back end must know about a stored visit before changing its status.
package struct VisitRowState: Equatable {
    package var id: Int64
    package var status: VisitStatus
    package var confirmed: TimeSlot?

    package init(id: Int64, status: VisitStatus, confirmed: TimeSlot?) {
        self.id = id
        self.status = status
        self.confirmed = confirmed
    }
}

/// A status change decided against the visit's current state: the conflict check and the
/// lifecycle rules, the same for every back end. The back end then writes it.
package struct StatusChangePlan {
    package let request: StatusChangeRequest
    package let current: VisitRowState
    package let note: String
    package let seconds: Int64

    /// Throws `concurrentChange` when the visit is no longer in the status the caller saw, and
    /// the lifecycle's refusal when the move is not allowed.
    package init(_ request: StatusChangeRequest, current: VisitRowState) throws(StoreError) {
        if let expected = request.expecting, expected != current.status {
            throw StoreError.concurrentChange(
                reference: request.reference.description, expected: expected, actual: current.status)
        }
        note = request.note.trimmingSpaces
        try StatusTransition.check(
            from: current.status, to: request.target, note: note, confirmed: request.confirmed ?? current.confirmed)
        self.request = request
        self.current = current
        seconds = StoredTime.seconds(request.at)
    }

    /// The reason stored with the new status (only statuses that need one keep it).
    package var reason: String? { request.target.needsReason ? note : nil }
    /// The confirmed slot to store, when the request sets one.
    package var confirmed: TimeSlot? { request.confirmed?.normalized }

    /// The history entry it records, once the store gave it an id.
    package func entry(id: Int64) -> HistoryEntry {
        HistoryEntry(
            id: id, reference: request.reference, at: StoredTime.date(seconds), actor: request.actor,
            kind: .status, from: current.status, to: request.target, note: note)
    }
}

/// A new visit's details, checked, and what `create` records for it.
package struct NewVisitPlan {
    package let details: VisitDetails
    package let actor: String
    package let seconds: Int64
    package let year: Int

    /// Normalizes and validates the details (the same refusal on every back end).
    package init(_ details: VisitDetails, actor: String, at date: Date) throws(StoreError) {
        self.details = details.normalized
        try self.details.validate()
        self.actor = actor
        seconds = StoredTime.seconds(date)
        year = TimeSlot.calendar.component(.year, from: date)
    }

    /// The visit with reference `number` of the year; refuses a number with a tenth digit
    /// (a reference no reader accepts).
    package func visit(number: Int) throws(StoreError) -> Werkbezoek {
        guard number <= VisitLimits.maximumNumber else { throw StoreError.referencesExhausted(year: year) }
        let stamp = StoredTime.date(seconds)
        return Werkbezoek(
            reference: VisitReference(year: year, number: number), details: details, status: .aangevraagd,
            createdAt: stamp, updatedAt: stamp)
    }

    /// The history entry that records the creation of `visit`.
    package func createdEntry(_ visit: Werkbezoek) -> HistoryEntry {
        HistoryEntry(
            id: 0, reference: visit.reference, at: visit.createdAt, actor: actor, kind: .created, from: nil,
            to: .aangevraagd, note: "")
    }
}

/// The shared steps of `update` and `importVisits`.
package enum VisitWritePlan {
    /// The history note of an edit ("gewijzigd: …", after the user's note), or nil when
    /// nothing changed (then nothing is written).
    package static func editNote(from old: VisitDetails, to new: VisitDetails, note: String) -> String? {
        let changed = ChangedFields.between(old, new)
        guard !changed.isEmpty else { return nil }
        let summary = DutchHistory.editSummary(changed)
        return note.trimmingSpaces.isEmpty ? summary : "\(note.trimmingSpaces) (\(summary))"
    }

    /// Refuses the whole import when any visit has a problem (`ArchivedVisit.problems`).
    package static func checkImport(_ visits: [ArchivedVisit]) throws(StoreError) {
        let refused = visits.flatMap { archived in
            archived.normalized.problems.map { "\(archived.visit.reference): \($0)" }
        }
        guard refused.isEmpty else { throw StoreError.refusedImport(refused) }
    }

    /// Adds the visits that are not stored yet, with their history; inside the caller's transaction.
    package static func importVisits(_ visits: [ArchivedVisit], into writer: some VisitInserting)
        throws(StoreError) -> ImportReport
    {
        var report = ImportReport()
        for archived in visits {
            let reference = archived.visit.reference
            if try writer.insertIfNew(archived.normalized.visit, history: archived.history) {
                report.imported.append(reference)
            } else {
                report.skippedExisting.append(reference)
            }
        }
        return report
    }
}

/// The write an import needs from a back end.
package protocol VisitInserting {
    /// Inserts the visit with its parts and `history` (their ids and references are ignored),
    /// or nothing and false when its reference is already stored.
    func insertIfNew(_ visit: Werkbezoek, history: [HistoryEntry]) throws(StoreError) -> Bool
}
