/// The compact text of one area row: `code|niveau|gemeente|naam|v1|v2|…`, an empty value
/// for a figure CBS did not publish. Fields never contain "|" (the importer refuses it).
public enum AreaRowText {
    /// The separator between fields.
    public static let separator: Character = "|"

    /// A split row.
    public struct Row: Sendable, Hashable {
        public var area: CBSArea
        public var values: [Double?]
    }

    /// What is wrong with a row, in Dutch; `field` is the 1-based field number.
    public struct Problem: Error, Sendable, Hashable {
        public var field: Int
        public var message: String
    }

    /// Joins an area and its values (numbers as their plain text) into row text.
    public static func join(_ area: CBSArea, values: [String]) -> String {
        ([area.code, area.level.rawValue, area.municipalityCode, area.name] + values).joined(separator: "|")
    }

    /// Splits and checks a row against the table's number of value columns (linear in its length).
    ///
    /// Why bytes: the Wijken table splits 3,393 rows on its first use, and splitting by
    /// `Character` with a number parse through a byte array per field cost ~55,000
    /// instructions a row (callgrind: 187 M of the dashboard's idle warm-up). The separator
    /// is ASCII, so it never occurs inside a multi-byte character.
    public static func split(_ text: String, columnCount: Int) -> Result<Row, Problem> {
        var text = text
        return text.withUTF8 { RowBytes($0).split(columnCount: columnCount) }
    }

    /// GM, WK or BU and four to ten ASCII digits or capitals (Amsterdam's wijken are
    /// "WK0363AA"); a gemeente code is GM and digits only.
    static func isCode(_ code: String) -> Bool {
        var code = code
        return code.withUTF8 { isCode(bytes: $0) }
    }

    static func isCode(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 6, bytes.count <= 12 else { return false }
        let (first, second) = (bytes[0], bytes[1])
        let digitsOnly = first == 0x47 && second == 0x4D  // "GM"
        let known = digitsOnly || (first == 0x57 && second == 0x4B) || (first == 0x42 && second == 0x55)  // WK, BU
        return known
            && bytes[2...].allSatisfy { (0x30...0x39).contains($0) || (!digitsOnly && (0x41...0x5A).contains($0)) }
    }

    /// A decimal as CBS and the Leefbaarometer write it: optional minus, digits, optional
    /// fraction. Nothing else (no "nan", "inf", exponents, spaces or thousands separators).
    public static func plainNumber<S: StringProtocol>(_ text: S) -> Double? {
        var text = String(text)
        return text.withUTF8 { plainNumber(bytes: $0) }
    }

    static func plainNumber(bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard !bytes.isEmpty, bytes.count <= 40 else { return nil }
        var index = bytes[0] == 0x2D ? 1 : 0
        let digitsStart = index
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
        guard index > digitsStart else { return nil }
        if index < bytes.count, bytes[index] == 0x2E {
            index += 1
            let fractionStart = index
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
            guard index > fractionStart else { return nil }
        }
        guard index == bytes.count else { return nil }
        // At most 40 ASCII bytes; Double(String) rounds correctly, as before.
        return Double(String(decoding: bytes, as: UTF8.self))
    }
}
