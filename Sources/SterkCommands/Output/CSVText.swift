/// RFC 4180 CSV: comma-separated, CRLF-free (plain \n for pipes), quoted where needed.
///
/// Every field is also made safe to open in a spreadsheet: control characters, C1 controls
/// and bidi overrides are dropped, and a field a spreadsheet would run as a formula (starting
/// with `=`, `+`, `-`, `@`, or a tab or carriage return before the cleaning) gets a leading
/// `'` — except a plain number such as `-5` or `18.2`, which stays a number. See README, "CSV".
enum CSVText {
    static func render(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static func field(_ value: String) -> String {
        let clean = neutralised(value)
        // Scalars, not Characters: "\r\n" is one Character and would slip past a "\n" test.
        guard clean.unicodeScalars.contains(where: { ",\";\n\r".unicodeScalars.contains($0) }) else { return clean }
        return "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The value without controls, with a `'` before anything a spreadsheet would run.
    static func neutralised(_ value: String) -> String {
        let startsWithControl = value.unicodeScalars.first.map { $0 == "\t" || $0 == "\r" } ?? false
        let clean = ControlFree.text(value)
        guard let first = clean.unicodeScalars.first else { return clean }
        let formulaStart = "=+-@".unicodeScalars.contains(first) || startsWithControl
        return formulaStart && !isPlainNumber(clean) ? "'" + clean : clean
    }

    /// `-5`, `+3`, `18.2`, `-0,5`: digits with one optional sign and one decimal point or comma.
    static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, first == "-" || first == "+" { scalars = scalars.dropFirst() }
        let parts = String(scalars).split(separator: ".", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
