/// A store that can say cheaply whether someone else changed it, and read only what changed,
/// so an open dashboard (a lobby screen) follows changes made elsewhere without a key press
/// and without reading every visit again.
public protocol StoreChangeWatch: AnyObject {
    /// A value that differs after any other connection or process committed a change.
    /// Called on every dashboard tick: must cost no more than a look at shared memory or a flag.
    func changeToken() throws(StoreError) -> Int64

    /// Every visit with its full history, and the mark to pass to `changes(since:)` next
    /// time, both from one snapshot.
    func markedArchive() throws(StoreError) -> StoreChanges

    /// The visits that received a history entry after `mark` (each whole, with its full
    /// history) and the mark for the next call, from one snapshot. Every change a store makes
    /// writes a history entry, so this misses nothing made through a store; a change committed
    /// while this runs shows up now or in the next call, never in neither.
    func changes(since mark: ChangeMark) throws(StoreError) -> StoreChanges
}

/// Where a reader stood in the store's history; only the store that made it can interpret it.
public struct ChangeMark: Equatable, Sendable {
    /// A history id (SQLite) or the oldest transaction the snapshot may not see (PostgreSQL).
    package let value: Int64
    /// PostgreSQL: the snapshot itself (`pg_snapshot` as text), to tell which later-looking
    /// transactions it already saw. Empty for SQLite.
    package let snapshot: String

    package init(_ value: Int64, snapshot: String = "") {
        self.value = value
        self.snapshot = snapshot
    }
}

/// What `StoreChangeWatch` read: some or all visits, and where the next read starts.
public struct StoreChanges: Sendable {
    /// The visits read, ordered by reference.
    public var visits: [ArchivedVisit]
    /// The mark for the next `changes(since:)`.
    public var mark: ChangeMark

    /// Changes from their parts.
    public init(visits: [ArchivedVisit], mark: ChangeMark) {
        self.visits = visits
        self.mark = mark
    }
}
