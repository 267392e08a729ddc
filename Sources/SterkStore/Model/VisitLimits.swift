import Foundation

/// What the store, its reference format, the export's ISO 8601 dates and iCalendar can hold;
/// nothing outside these bounds is ever written, so nothing written can make the file unreadable.
public enum VisitLimits {
    /// Years of references, dates and times: four digits, as `WB-YYYY-…`, ISO 8601 and iCalendar write them.
    public static let years = 1900...9999
    /// The highest running number: `VisitReference` reads at most nine digits.
    public static let maximumNumber = 999_999_999
    /// The highest running number an import may bring in, so `nieuw` always has room after it.
    public static let maximumImportedNumber = 999_999

    /// True when the instant's Dutch calendar year lies in `years`.
    public static func holds(_ date: Date) -> Bool {
        guard date.timeIntervalSince1970.isFinite, abs(date.timeIntervalSince1970) < 1e12 else { return false }
        return years.contains(TimeSlot.calendar.component(.year, from: date))
    }
}
