import Foundation

// Dutch date forms, spelled out by hand so no locale data has to be loaded; the weekday
// names are in Strings/DutchVisitDate.swift.

extension TimeSlot {
    /// "za 14-03-2026, 10:00–14:00" in Dutch local time: the one date form people see
    /// everywhere (dd-mm-jjjj, DECISIONS.md), with the weekday an appointment needs.
    public var dutchText: String {
        let local = LocalDateTime(start)
        let endText = end.map { "–" + LocalDateTime($0).clock } ?? ""
        return "\(DutchVisitDate.weekdays[local.weekday]) \(local.dutchDate), \(local.clock)\(endText)"
    }

    /// "14-03-2026 10:00": date and start time for a table column.
    public var dutchShortText: String {
        let local = LocalDateTime(start)
        return "\(local.dutchDate) \(local.clock)"
    }

    /// "14-03-2026 10:00-14:00": what a person types into a form; `TimeSlot(parsing:)` reads it back.
    public var dutchInputText: String {
        dutchShortText + (end.map { "-" + LocalDateTime($0).clock } ?? "")
    }

    /// "2026-03-14 10:00-14:00": the form `TimeSlot(parsing:)` reads, for CSV and round trips.
    public var isoText: String {
        let local = LocalDateTime(start)
        return "\(local.isoDate) \(local.clock)" + (end.map { "-" + LocalDateTime($0).clock } ?? "")
    }

    /// "13-02-2026 17:26": an instant as Dutch local date and time, e.g. for history lines.
    public static func localMinuteText(_ date: Date) -> String {
        let local = LocalDateTime(date)
        return "\(local.dutchDate) \(local.clock)"
    }
}
