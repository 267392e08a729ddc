import Foundation

/// Where werkbezoeken live. The CLI and the dashboard use only this protocol, so a shared
/// server store for a whole team can replace the local SQLite file without touching them.
///
/// Every method that changes something does so completely or not at all, and records a
/// history entry in the same step.
public protocol WerkbezoekStore: AnyObject {
    /// Records a new visit with the next free reference of the year; status `aangevraagd`.
    func create(_ details: VisitDetails, actor: String, at: Date) throws(StoreError) -> Werkbezoek

    /// The visit with this reference, or nil.
    func visit(_ reference: VisitReference) throws(StoreError) -> Werkbezoek?

    /// All visits, optionally only those with one of `statuses`, ordered by reference.
    func visits(statuses: Set<VisitStatus>) throws(StoreError) -> [Werkbezoek]

    /// Visits whose reference is `query`, or whose visitor names contain it (case- and
    /// diacritics-insensitive), ordered by date.
    func search(_ query: String) throws(StoreError) -> [Werkbezoek]

    /// Moves a visit to another status if the lifecycle allows it; returns the history entry.
    func changeStatus(_ request: StatusChangeRequest) throws(StoreError) -> HistoryEntry

    /// Replaces a visit's details (validated); records which fields changed.
    func update(_ reference: VisitReference, details: VisitDetails, actor: String, note: String, at: Date)
        throws(StoreError) -> Werkbezoek

    /// The visit's history, oldest first.
    func history(_ reference: VisitReference) throws(StoreError) -> [HistoryEntry]

    /// The latest history entry of each visit in `references`, for overviews.
    func lastChanges(_ references: [VisitReference]) throws(StoreError) -> [VisitReference: HistoryEntry]

    /// Every visit with its full history, for export.
    func archive() throws(StoreError) -> [ArchivedVisit]

    /// Adds visits with their history; references that already exist are skipped and reported.
    func importVisits(_ visits: [ArchivedVisit]) throws(StoreError) -> ImportReport
}

/// A visit together with its history: the unit of export and import.
public struct ArchivedVisit: Equatable, Sendable {
    /// The visit.
    public var visit: Werkbezoek
    /// Its history, oldest first (ids are those of the exporting store).
    public var history: [HistoryEntry]

    /// An archived visit from its parts.
    public init(visit: Werkbezoek, history: [HistoryEntry]) {
        self.visit = visit
        self.history = history
    }
}

/// What an import did.
public struct ImportReport: Equatable, Sendable {
    /// References added.
    public var imported: [VisitReference]
    /// References left alone because the store already had them.
    public var skippedExisting: [VisitReference]

    /// A report from its parts.
    public init(imported: [VisitReference] = [], skippedExisting: [VisitReference] = []) {
        self.imported = imported
        self.skippedExisting = skippedExisting
    }
}
