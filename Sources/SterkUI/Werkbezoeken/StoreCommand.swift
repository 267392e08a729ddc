import SterkStore

/// A change (or read) the dashboard asks of the werkbezoek store.
///
/// `update` only returns these inside `Effect.store`; the runner's store handler carries them
/// out and feeds the outcome back as `InputEvent.storeResult`. Who and when are added by the
/// handler, so `update` stays free of clocks and user look-ups.
public enum StoreCommand: Equatable, Sendable {
    /// Record a new visit (status `aangevraagd`).
    case createVisit(VisitDetails)
    /// Move a visit to another status; refused if its status is no longer `expecting`.
    case changeStatus(
        reference: VisitReference, to: VisitStatus, note: String, expecting: VisitStatus,
        confirmed: TimeSlot?)
    /// Replace only the notes of a visit.
    case updateNotes(reference: VisitReference, notes: String)
    /// Read everything again (another program may have changed the store).
    case reload
}

/// What came of a `StoreCommand`.
public enum StoreResult: Sendable {
    /// It worked; `reference` is the visit concerned (the new one for `createVisit`) and
    /// `store` what the store holds now.
    case done(StoreCommand, reference: VisitReference?, store: VisitStoreState)
    /// It failed with the store's Dutch message; `store` is a fresh read when one was possible.
    case failed(StoreCommand, message: String, store: VisitStoreState?)
}

// Hashable because `InputEvent` is; see `VisitSnapshot` for why the hash covers only part.
extension StoreResult: Hashable {
    public static func == (lhs: StoreResult, rhs: StoreResult) -> Bool {
        switch (lhs, rhs) {
        case let (.done(a, r1, s1), .done(b, r2, s2)): return a == b && r1 == r2 && s1 == s2
        case let (.failed(a, m1, s1), .failed(b, m2, s2)): return a == b && m1 == m2 && s1 == s2
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case let .done(_, reference, store): hasher.combine(0); hasher.combine(reference); hasher.combine(store)
        case let .failed(_, message, store): hasher.combine(1); hasher.combine(message); hasher.combine(store)
        }
    }
}
