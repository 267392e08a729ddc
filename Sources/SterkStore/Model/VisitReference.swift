import Foundation

/// A werkbezoek's reference such as `WB-2026-014`: unique, shown everywhere.
public struct VisitReference: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year in the reference (the year the visit was recorded).
    public let year: Int
    /// The running number within the year, from 1.
    public let number: Int

    /// A reference from its parts.
    public init(year: Int, number: Int) {
        self.year = year
        self.number = number
    }

    /// Parses `WB-2026-014` (any case, surrounding spaces ignored); nil for anything else,
    /// including a year outside `VisitLimits.years` (`WB-0000-001` would print as `WB-0-001`).
    public init?(_ text: String) {
        // Works on UTF-8 bytes: references are parsed for every row listed, so this stays cheap.
        var bytes = Array(text.utf8)[...]
        while bytes.first == 0x20 { bytes.removeFirst() }
        while bytes.last == 0x20 { bytes.removeLast() }
        let parts = bytes.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].map({ $0 | 0x20 }) == Array("wb".utf8),
            parts[1].count == 4, (3...9).contains(parts[2].count),
            let year = Self.number(parts[1]), let number = Self.number(parts[2]), number > 0,
            VisitLimits.years.contains(year)
        else { return nil }
        self.init(year: year, number: number)
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// Parses, or throws the Dutch "not a reference" error.
    public static func parse(_ text: String) throws(StoreError) -> VisitReference {
        guard let reference = VisitReference(text) else { throw StoreError.invalidReference(text) }
        return reference
    }

    /// `WB-2026-014`: at least three digits, more once a year passes 999 visits. The year
    /// keeps its four digits (`WB-0260-001` read back as `WB-260-001` could not be parsed).
    public var description: String {
        "WB-" + Self.padded(year, to: 4) + "-" + Self.padded(number, to: 3)
    }

    private static func padded(_ value: Int, to count: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, count - digits.count)) + digits
    }

    /// By year, then number: the order references were handed out.
    public static func < (lhs: VisitReference, rhs: VisitReference) -> Bool {
        (lhs.year, lhs.number) < (rhs.year, rhs.number)
    }
}

extension StringProtocol {
    /// Without leading and trailing white space (and line breaks).
    package var trimmingSpaces: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
