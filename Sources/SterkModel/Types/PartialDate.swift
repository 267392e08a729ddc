/// A date that may be known only to the year or month ("2023", "2023-09", "2023-09-20").
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Creates a date, or nil when the parts do not form a real calendar date.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1800...2200).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses the ISO forms `YYYY`, `YYYY-MM` and `YYYY-MM-DD`; nil for anything else.
    public init?(iso text: String) {
        guard let numbers = PartialDate.plainISONumbers(text) ?? PartialDate.isoNumbers(text),
            let year = numbers.first
        else { return nil }
        self.init(
            year: year, month: numbers.count > 1 ? numbers[1] : nil,
            day: numbers.count > 2 ? numbers[2] : nil)
    }

    /// The numbers of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for any other shape.
    private static func isoNumbers(_ text: String) -> [Int]? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
            parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 })
        else { return nil }
        let numbers = parts.compactMap { Int($0) }
        return numbers.count == parts.count ? numbers : nil
    }

    /// `isoNumbers` for text of ASCII digits in exactly those shapes, read over the bytes
    /// (a dataset holds hundreds of dates); nil sends all other text to `isoNumbers`.
    private static func plainISONumbers(_ text: String) -> [Int]? {
        let bytes = Array(text.utf8)
        let parts: [Range<Int>]
        switch bytes.count {
        case 4: parts = [0..<4]
        case 7: parts = [0..<4, 5..<7]
        case 10: parts = [0..<4, 5..<7, 8..<10]
        default: return nil
        }
        var numbers: [Int] = []
        for part in parts {
            guard part.lowerBound == 0 || bytes[part.lowerBound - 1] == UInt8(ascii: "-") else { return nil }
            var value = 0
            for byte in bytes[part] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            numbers.append(value)
        }
        return numbers
    }

    /// The ISO text this date was written as.
    public var iso: String {
        var text = String(year)
        if let month { text += "-" + PartialDate.twoDigits(month) }
        if let day { text += "-" + PartialDate.twoDigits(day) }
        return text
    }

    /// Dutch display: "20-09-2023", "september 2023" or "2023".
    public var dutch: String {
        guard let month else { return String(year) }
        guard let day else { return "\(DutchDate.monthNames[month - 1]) \(year)" }
        return "\(PartialDate.twoDigits(day))-\(PartialDate.twoDigits(month))-\(year)"
    }

    public var description: String { iso }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }
}
