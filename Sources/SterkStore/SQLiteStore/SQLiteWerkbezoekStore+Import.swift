import Foundation

extension SQLiteWerkbezoekStore {
    /// Adds archived visits with their history in one transaction; a reference that already
    /// exists (in the store or earlier in `visits`) is skipped and reported, never overwritten.
    /// Every visit is checked first (`ArchivedVisit.problems`); if any fails, nothing is imported.
    public func importVisits(_ visits: [ArchivedVisit]) throws(StoreError) -> ImportReport {
        try VisitWritePlan.checkImport(visits)
        return try connection.writeTransaction { () throws(StoreError) in
            try VisitWritePlan.importVisits(visits, into: VisitWriter(connection: connection))
        }
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
