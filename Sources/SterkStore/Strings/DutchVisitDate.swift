// The Dutch date words of visits: weekday names and the date rule's sentences. The date
// itself (dd-mm-jjjj, hh:mm) is a format, built in TimeSlot+Text.swift.

/// The weekday abbreviations of `TimeSlot.dutchText`.
enum DutchVisitDate {
    /// Sunday first, as `LocalDateTime.weekday` counts.
    static let weekdays = ["zo", "ma", "di", "wo", "do", "vr", "za"]
}

extension VisitDateRule.Conflict {
    /// "za 01-03-2020, 10:00 ligt in het verleden" (the caller names the field first).
    public var text: String {
        switch self {
        case let .past(slot): return "\(slot.dutchText) ligt in het verleden"
        case let .notYetHappened(slot): return "het bezoek staat op \(slot.dutchText) en is dus nog niet geweest"
        }
    }
}
