import Foundation

/// An instant split into Dutch local date and time fields.
///
/// Done with arithmetic on the zone offset instead of `Calendar.dateComponents`, which costs
/// tens of microseconds per call and dominated `lijst` with 10,000 visits.
struct LocalDateTime {
    let year: Int
    let month: Int
    let day: Int
    let hour: Int
    let minute: Int
    /// 0 = Sunday … 6 = Saturday.
    let weekday: Int

    init(_ date: Date, timeZone: TimeZone = TimeSlot.timeZone) {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
        let days = Int((Double(local) / 86_400).rounded(.down))
        let seconds = local - days * 86_400
        hour = seconds / 3_600
        minute = seconds % 3_600 / 60
        weekday = ((days % 7) + 11) % 7  // 1970-01-01 was a Thursday (4).
        // Howard Hinnant's days-to-civil algorithm (proleptic Gregorian calendar).
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// "2026-03-14"
    var isoDate: String { "\(year)-\(Self.two(month))-\(Self.two(day))" }
    /// "14-03-2026": the date as people read it (dd-mm-jjjj).
    var dutchDate: String { "\(Self.two(day))-\(Self.two(month))-\(year)" }

    /// "09:30"
    var clock: String { "\(Self.two(hour)):\(Self.two(minute))" }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
