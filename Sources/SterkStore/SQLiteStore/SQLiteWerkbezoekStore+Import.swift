import Foundation

extension SQLiteWerkbezoekStore {
    /// Adds archived visits with their history in one transaction; a reference that already
    /// exists (in the store or earlier in `visits`) is skipped and reported, never overwritten.
    public func importVisits(_ visits: [ArchivedVisit]) throws(StoreError) -> ImportReport {
        try connection.writeTransaction { () throws(StoreError) in
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
                    _ = try writer.appendHistory(visitID: id, at: RowDecoding.seconds(entry.at), actor: entry.actor,
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
