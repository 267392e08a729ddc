import Foundation

/// The date rule for visits, shared by the CLI and the dashboard's forms: no new or confirmed
/// date in the past, and no `afgerond` for a visit that has not happened yet. Each caller
/// offers its own explicit override (`--toch`, saving the form a second time).
public enum VisitDateRule {
    /// What does not fit the clock; its Dutch `text` is in Strings/DutchVisitDate.swift.
    public enum Conflict: Equatable, Sendable {
        /// The slot starts before now.
        case past(TimeSlot)
        /// `afgerond` for a visit whose date is still ahead.
        case notYetHappened(TimeSlot)
    }

    /// `.past` when `slot` starts before `now`.
    public static func check(_ slot: TimeSlot?, now: Date) -> Conflict? {
        guard let slot, slot.start < now else { return nil }
        return .past(slot)
    }

    /// A conflict when changing `visit` to `target` (with `newDate` as its confirmed date, if given).
    public static func statusChange(_ visit: Werkbezoek, to target: VisitStatus, newDate: TimeSlot?, now: Date)
        -> Conflict?
    {
        switch target {
        case .bevestigd:
            return check(newDate ?? visit.details.confirmed, now: now)
        case .afgerond:
            guard let slot = visit.displaySlot, slot.start > now else { return nil }
            return .notYetHappened(slot)
        default:
            return nil
        }
    }
}
