import Foundation

extension SQLiteWerkbezoekStore {
    /// Records a new visit as `aangevraagd` with the next free `WB-YYYY-NNN` of its year.
    public func create(_ details: VisitDetails, actor: String, at date: Date = Date()) throws(StoreError) -> Werkbezoek
    {
        let details = details.normalized
        try details.validate()
        let seconds = RowDecoding.seconds(date)
        let year = TimeSlot.calendar.component(.year, from: date)
        return try connection.writeTransaction { () throws(StoreError) in
            let writer = VisitWriter(connection: connection)
            let number = try writer.nextNumber(year: year)
            // A tenth digit would be a reference no reader accepts: refuse rather than write it.
            guard number <= VisitLimits.maximumNumber else { throw StoreError.referencesExhausted(year: year) }
            let reference = VisitReference(year: year, number: number)
            let stamp = RowDecoding.date(seconds)
            let visit = Werkbezoek(
                reference: reference, details: details, status: .aangevraagd,
                createdAt: stamp, updatedAt: stamp)
            let id = try writer.insert(visit)
            _ = try writer.appendHistory(
                visitID: id, at: seconds, actor: actor, kind: .created,
                from: nil, to: .aangevraagd, note: "")
            return visit
        }
    }

    /// Moves the visit to `request.target` if the lifecycle allows it, in one transaction.
    public func changeStatus(_ request: StatusChangeRequest) throws(StoreError) -> HistoryEntry {
        let seconds = RowDecoding.seconds(request.at)
        return try connection.writeTransaction { () throws(StoreError) in
            // Read under the write lock: the status we check is the one we replace.
            guard let current = try currentState(request.reference) else {
                throw StoreError.visitNotFound(request.reference.description)
            }
            if let expected = request.expecting, expected != current.status {
                throw StoreError.concurrentChange(
                    reference: request.reference.description,
                    expected: expected, actual: current.status)
            }
            let note = request.note.trimmingSpaces
            try StatusTransition.check(
                from: current.status, to: request.target, note: note,
                confirmed: request.confirmed ?? current.confirmed)
            let writer = VisitWriter(connection: connection)
            try writer.updateStatus(
                visitID: current.id, to: request.target,
                reason: request.target.needsReason ? note : nil,
                confirmed: request.confirmed?.normalized, at: seconds)
            let id = try writer.appendHistory(
                visitID: current.id, at: seconds, actor: request.actor, kind: .status,
                from: current.status, to: request.target, note: note)
            return HistoryEntry(
                id: id, reference: request.reference, at: RowDecoding.date(seconds), actor: request.actor,
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
        let seconds = RowDecoding.seconds(date)
        return try connection.writeTransaction { () throws(StoreError) in
            guard let current = try currentState(reference), var visit = try visit(reference) else {
                throw StoreError.visitNotFound(reference.description)
            }
            let changed = ChangedFields.between(visit.details, details)
            guard !changed.isEmpty else { return visit }
            let writer = VisitWriter(connection: connection)
            try writer.updateDetails(details, visitID: current.id, at: seconds)
            let summary = "gewijzigd: " + changed.joined(separator: ", ")
            let text = note.trimmingSpaces.isEmpty ? summary : "\(note.trimmingSpaces) (\(summary))"
            _ = try writer.appendHistory(
                visitID: current.id, at: seconds, actor: actor, kind: .edited,
                from: visit.status, to: visit.status, note: text)
            visit.details = details
            visit.updatedAt = RowDecoding.date(seconds)
            return visit
        }
    }

    /// The row id, status and confirmed slot of a visit: what a status change needs.
    private func currentState(_ reference: VisitReference) throws(StoreError) -> (
        id: Int64, status: VisitStatus, confirmed: TimeSlot?
    )? {
        let sql = "SELECT id, status, confirmed_start, confirmed_end FROM visit WHERE reference = ?1"
        return try connection.firstRow(sql, [.text(reference.description)]) { row throws(StoreError) in
            (
                row.integer(0), try RowDecoding.status(row.text(1), path: path),
                RowDecoding.slot(row.optionalInteger(2), row.optionalInteger(3))
            )
        }
    }
}

/// Names, in Dutch, the fields that differ between two versions of a visit's details.
package enum ChangedFields {
    package static func between(_ old: VisitDetails, _ new: VisitDetails) -> [String] {
        var names: [String] = []
        if old.visitors != new.visitors { names.append("bezoekers") }
        if old.municipalityCode != new.municipalityCode { names.append("gemeente") }
        if old.wijkIDs != new.wijkIDs { names.append("wijken") }
        if old.proposed != new.proposed { names.append("voorgestelde datum") }
        if old.confirmed != new.confirmed { names.append("bevestigde datum") }
        if old.programme != new.programme { names.append("programma") }
        if old.hostContact != new.hostContact { names.append("contactpersoon") }
        if old.notes != new.notes { names.append("notities") }
        return names
    }
}
