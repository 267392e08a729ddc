import Foundation
import SterkStore

/// What the dashboard read from the werkbezoek store in one go: every visit with its history.
///
/// Read once at start-up and again after each change the dashboard makes, so the views never
/// touch the store themselves.
public struct VisitSnapshot: Sendable {
    /// The visits, ordered by reference.
    public let visits: [Werkbezoek]
    /// Each visit's history, oldest first.
    public let histories: [VisitReference: [HistoryEntry]]
    /// When the snapshot was taken (decides which confirmed visit is "next").
    public let now: Date

    /// A snapshot from the store's archive (visits with their history).
    public init(archive: [ArchivedVisit], now: Date) {
        let sorted = archive.sorted { $0.visit.reference < $1.visit.reference }
        visits = sorted.map(\.visit)
        histories = Dictionary(sorted.map { ($0.visit.reference, $0.history) }, uniquingKeysWith: { first, _ in first })
        self.now = now
    }

    private init(visits: [Werkbezoek], histories: [VisitReference: [HistoryEntry]], now: Date) {
        self.visits = visits
        self.histories = histories
        self.now = now
    }

    /// This snapshot with the `changed` visits (from a store's `changes(since:)`) put in place
    /// of their old versions or added, taken at `now`. Linear in the number of visits; sorts
    /// only when an added visit does not come after the last one.
    public func updating(with changed: [ArchivedVisit], now: Date) -> VisitSnapshot {
        guard !changed.isEmpty else { return VisitSnapshot(visits: visits, histories: histories, now: now) }
        var fresh = Dictionary(changed.map { ($0.visit.reference, $0.visit) }, uniquingKeysWith: { _, last in last })
        var merged = visits.map { visit in fresh.removeValue(forKey: visit.reference) ?? visit }
        let added = fresh.values.sorted { $0.reference < $1.reference }
        let inOrder = (merged.last?.reference).map { last in added.first.map { last < $0.reference } ?? true } ?? true
        merged += added
        if !inOrder { merged.sort { $0.reference < $1.reference } }
        var histories = histories
        for archived in changed { histories[archived.visit.reference] = archived.history }
        return VisitSnapshot(visits: merged, histories: histories, now: now)
    }

    /// How many visits have each status (statuses without visits count 0).
    public var counts: [VisitStatus: Int] {
        var result = Dictionary(uniqueKeysWithValues: VisitStatus.allCases.map { ($0, 0) })
        for visit in visits { result[visit.status, default: 0] += 1 }
        return result
    }

    /// The latest change of each visit.
    public var lastChanges: [VisitReference: HistoryEntry] {
        histories.compactMapValues(\.last)
    }

    /// The confirmed visit that starts soonest at or after `now`.
    public var nextConfirmed: Werkbezoek? {
        visits.filter { $0.status == .bevestigd && ($0.displaySlot?.start ?? .distantPast) >= now }
            .min { ($0.displaySlot?.start ?? .distantFuture) < ($1.displaySlot?.start ?? .distantFuture) }
    }

    /// Confirmed visits whose date lies before `now`: they happened (or not) and wait for a status.
    public var pastConfirmed: [Werkbezoek] {
        visits.filter { $0.status == .bevestigd && ($0.displaySlot?.start ?? .distantPast) < now }
    }

    /// The visit with a reference.
    func visit(_ reference: VisitReference) -> Werkbezoek? {
        visits.first { $0.reference == reference }
    }
}

// Equality compares the contents; the hash covers only references and statuses. That is
// enough for a message envelope (`InputEvent` must be Hashable) and spares SterkStore's
// value types a Hashable conformance they do not otherwise need.
extension VisitSnapshot: Hashable {
    public static func == (lhs: VisitSnapshot, rhs: VisitSnapshot) -> Bool {
        lhs.now == rhs.now && lhs.visits == rhs.visits && lhs.histories == rhs.histories
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(now)
        for visit in visits {
            hasher.combine(visit.reference)
            hasher.combine(visit.status)
        }
    }
}

/// Where the dashboard stands with the werkbezoek store.
public enum VisitStoreState: Hashable, Sendable {
    /// No store was given (e.g. a dashboard built for another panel's snapshot test).
    case notLoaded
    /// The store file does not exist yet: no visits, and a hint on how to add one; `now` is
    /// when that was seen (the forms' date rule needs a clock before the first visit).
    case missing(path: String, now: Date)
    /// The store could not be opened or read; the store's own Dutch message.
    case unavailable(message: String)
    /// The visits as last read.
    case loaded(VisitSnapshot)

    /// When the store was last looked at (nil: never); "now" for the forms' date rule.
    public var now: Date? {
        switch self {
        case let .loaded(snapshot): return snapshot.now
        case let .missing(_, now): return now
        default: return nil
        }
    }

    /// The snapshot, when the store was read.
    public var snapshot: VisitSnapshot? {
        if case let .loaded(snapshot) = self { return snapshot }
        return nil
    }
}
