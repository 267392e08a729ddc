import Foundation

// Dutch date wording lives here; spelled out by hand so no locale data has to be loaded.

extension TimeSlot {
    private static let weekdays = ["zo", "ma", "di", "wo", "do", "vr", "za"]
    private static let months = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]

    /// "za 14 mrt 2026, 10:00–14:00" in Dutch local time.
    public var dutchText: String {
        let local = LocalDateTime(start)
        let day = "\(Self.weekdays[local.weekday]) \(local.day) \(Self.months[local.month - 1]) \(local.year)"
        let endText = end.map { "–" + LocalDateTime($0).clock } ?? ""
        return "\(day), \(local.clock)\(endText)"
    }

    /// "2026-03-14 10:00-14:00": the form `TimeSlot(parsing:)` reads, for CSV and round trips.
    public var isoText: String {
        let local = LocalDateTime(start)
        return "\(local.isoDate) \(local.clock)" + (end.map { "-" + LocalDateTime($0).clock } ?? "")
    }

    /// "2026-02-13 17:26": an instant as Dutch local date and time, e.g. for history lines.
    public static func localMinuteText(_ date: Date) -> String {
        let local = LocalDateTime(date)
        return "\(local.isoDate) \(local.clock)"
    }
}
