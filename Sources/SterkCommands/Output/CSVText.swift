/// RFC 4180 CSV: comma-separated, CRLF-free (plain \n for pipes), quoted where needed.
enum CSVText {
    static func render(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static func field(_ value: String) -> String {
        let clean = ControlFree.text(value)
        // Scalars, not Characters: "\r\n" is one Character and would slip past a "\n" test.
        guard clean.unicodeScalars.contains(where: { ",\";\n\r".unicodeScalars.contains($0) }) else { return clean }
        return "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
