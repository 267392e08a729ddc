import Foundation

/// A date with a start time and optional end time, as agreed in Dutch local time.
public struct TimeSlot: Equatable, Sendable {
    /// The start, as an instant.
    public var start: Date
    /// The end, when agreed; later than `start`.
    public var end: Date?

    /// A slot from its instants.
    public init(start: Date, end: Date? = nil) {
        self.start = start
        self.end = end
    }

    /// The time zone every visit is agreed in.
    public static let timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone(secondsFromGMT: 3_600) ?? .current

    /// A Gregorian calendar in `timeZone`, for splitting instants into Dutch dates and times.
    public static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// Parses "2026-03-14 10:00", "2026-03-14 10:00-14:00", "14-03-2026 10:00" (also with T).
    public init(parsing text: String) throws(StoreError) {
        let cleaned = text.trimmingSpaces.replacingOccurrences(of: "T", with: " ")
            .replacingOccurrences(of: "–", with: "-")
        let pieces = cleaned.split(separator: " ", omittingEmptySubsequences: true)
        guard pieces.count == 2,
            let day = Self.day(String(pieces[0])),
            let times = Self.times(String(pieces[1])),
            let start = Self.date(day: day, minutes: times.start)
        else { throw StoreError.invalidTimeSlot(text) }
        let end = times.end.flatMap { Self.date(day: day, minutes: $0) }
        if let end, end <= start { throw StoreError.invalidTimeSlot(text) }
        self.init(start: start, end: end)
    }

    private static func day(_ text: String) -> DateComponents? {
        let numbers = text.split(separator: "-").compactMap { Int($0) }
        guard numbers.count == 3 else { return nil }
        // ISO order (2026-03-14) when the first number is a year, else Dutch order (14-03-2026).
        let (year, month, day) =
            numbers[0] > 31
            ? (numbers[0], numbers[1], numbers[2])
            : (numbers[2], numbers[1], numbers[0])
        guard (1...12).contains(month), (1...31).contains(day), VisitLimits.years.contains(year) else { return nil }
        var components = DateComponents(year: year, month: month, day: day)
        guard components.isValidDate(in: calendar) else { return nil }
        components.timeZone = timeZone
        return components
    }

    private static func times(_ text: String) -> (start: Int, end: Int?)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let start = minutes(parts[0]) else { return nil }
        guard parts.count == 2 else { return (start, nil) }
        guard let end = minutes(parts[1]) else { return nil }
        return (start, end)
    }

    private static func minutes(_ text: Substring) -> Int? {
        let parts = text.replacingOccurrences(of: ".", with: ":").split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
            (0...23).contains(hour), (0...59).contains(minute), parts[1].count == 2
        else { return nil }
        return hour * 60 + minute
    }

    private static func date(day: DateComponents, minutes: Int) -> Date? {
        var components = day
        components.hour = minutes / 60
        components.minute = minutes % 60
        return calendar.date(from: components)
    }
}
