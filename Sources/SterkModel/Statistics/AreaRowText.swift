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
    public static func split(_ text: String, columnCount: Int) -> Result<Row, Problem> {
        let fields = text.split(separator: separator, omittingEmptySubsequences: false)
        guard fields.count == 4 + columnCount else {
            return .failure(
                Problem(
                    field: min(fields.count, 4 + columnCount),
                    message:
                        "\(fields.count) velden, verwacht \(4 + columnCount) (code, niveau, gemeente, naam en \(columnCount) waarden)"
                ))
        }
        let code = String(fields[0])
        guard isCode(code) else {
            return .failure(
                Problem(
                    field: 1,
                    message:
                        "ongeldige CBS-code '\(code.prefix(40))' (verwacht GM, WK of BU gevolgd door cijfers of hoofdletters)"
                ))
        }
        guard let level = AreaLevel(rawValue: String(fields[1])) else {
            return .failure(
                Problem(field: 2, message: "onbekend niveau '\(fields[1])' (toegestaan: gemeente, wijk, buurt)"))
        }
        let municipality = String(fields[2])
        guard municipality.hasPrefix("GM"), isCode(municipality) else {
            return .failure(Problem(field: 3, message: "ongeldige gemeentecode '\(municipality)'"))
        }
        var values: [Double?] = []
        values.reserveCapacity(columnCount)
        for (offset, field) in fields.dropFirst(4).enumerated() {
            if field.isEmpty { values.append(nil); continue }
            guard let number = plainNumber(field) else {
                return .failure(Problem(field: 5 + offset, message: "'\(field.prefix(40))' is geen getal"))
            }
            values.append(number)
        }
        let area = CBSArea(code: code, level: level, municipalityCode: municipality, name: String(fields[3]))
        return .success(Row(area: area, values: values))
    }

    /// GM, WK or BU and four to ten ASCII digits or capitals (Amsterdam's wijken are
    /// "WK0363AA"); a gemeente code is GM and digits only.
    static func isCode(_ code: String) -> Bool {
        let bytes = Array(code.utf8)
        guard bytes.count >= 6, bytes.count <= 12 else { return false }
        let prefix = String(decoding: bytes[0..<2], as: UTF8.self)
        let digitsOnly = prefix == "GM"
        return ["GM", "WK", "BU"].contains(prefix)
            && bytes[2...].allSatisfy { (0x30...0x39).contains($0) || (!digitsOnly && (0x41...0x5A).contains($0)) }
    }

    /// A decimal as CBS and the Leefbaarometer write it: optional minus, digits, optional
    /// fraction. Nothing else (no "nan", "inf", exponents, spaces or thousands separators).
    public static func plainNumber<S: StringProtocol>(_ text: S) -> Double? {
        let bytes = Array(text.utf8)
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
        return Double(String(decoding: bytes, as: UTF8.self))
    }
}
