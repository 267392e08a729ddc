import Foundation

extension SQLiteWerkbezoekStore {
    /// Adds archived visits with their history in one transaction; a reference that already
    /// exists (in the store or earlier in `visits`) is skipped and reported, never overwritten.
    /// Every visit is checked first (`ArchivedVisit.problems`); if any fails, nothing is imported.
    public func importVisits(_ visits: [ArchivedVisit]) throws(StoreError) -> ImportReport {
        let refused = visits.flatMap { archived in
            archived.normalized.problems.map { "\(archived.visit.reference): \($0)" }
        }
        guard refused.isEmpty else { throw StoreError.refusedImport(refused) }
        return try connection.writeTransaction { () throws(StoreError) in
            var report = ImportReport()
            let writer = VisitWriter(connection: connection)
            for archived in visits {
                let reference = archived.visit.reference
                if try exists(reference) {
                    report.skippedExisting.append(reference)
                    continue
                }
                var visit = archived.visit
                visit.details = visit.details.normalized
                let id = try writer.insert(visit)
                for entry in archived.history {
                    _ = try writer.appendHistory(
                        visitID: id, at: RowDecoding.seconds(entry.at), actor: entry.actor,
                        kind: entry.kind, from: entry.from, to: entry.to, note: entry.note)
                }
                report.imported.append(reference)
            }
            return report
        }
    }

    private func exists(_ reference: VisitReference) throws(StoreError) -> Bool {
        try connection.integer("SELECT count(*) FROM visit WHERE reference = ?1", [.text(reference.description)]) > 0
    }
}

extension ArchivedVisit {
    /// With its details normalized, as they would be stored.
    public var normalized: ArchivedVisit {
        var copy = self
        copy.visit.details = visit.details.normalized
        return copy
    }
}
