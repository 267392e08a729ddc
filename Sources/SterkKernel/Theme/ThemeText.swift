/// The cuts the theme parser makes (lines, `#`, `=`, spaces, trimming), done over bytes where
/// that gives exactly what `String`'s Character operations give, and by Character elsewhere.
///
/// Why: splitting by Character costs a grapheme-break check per letter; the four bundled
/// themes took more CPU at start-up than drawing the first frame. Why it is exact: in text
/// that is ASCII without a CR every byte is one Character (CR LF is the only cluster of
/// ASCII scalars), so byte cuts and Character cuts agree; any other text takes the old path.
enum ThemeText {
    /// ASCII other than CR: one byte, one Character.
    static func isPlain(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x0D }

    static func isPlain<Text: StringProtocol>(_ text: Text) -> Bool { text.utf8.allSatisfy(isPlain) }

    /// The lines of `text`: every LF ends one, so a file saved with CR LF line ends reads like
    /// one with LF (the CR left at a line's end is trimmed with the other blanks). Splitting
    /// by Character would not do that: "\r\n" is one Character, and the file one long line.
    static func lines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex, index = start
        while index != bytes.endIndex {
            if bytes[index] == 0x0A {
                lines.append(text[start..<index])
                start = bytes.index(after: index)
            }
            bytes.formIndex(after: &index)
        }
        lines.append(text[start...])
        return lines
    }

    /// The line before its first `#`, trimmed of " \t\r" (all of it when there is no `#`).
    static func content(_ line: Substring) -> String {
        let bytes = line.utf8
        let hash = bytes.firstIndex(of: UInt8(ascii: "#")) ?? bytes.endIndex
        // A plain prefix and a plain byte after `#` make that `#` a Character of its own.
        let next = hash == bytes.endIndex ? nil : bytes[bytes.index(after: hash)...].first
        guard bytes[..<hash].allSatisfy(isPlain), next.map(isPlain) ?? true else {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            return String(content).trimmed(of: " \t\r")
        }
        return trim(line[..<hash])
    }

    /// `text.split(separator:maxSplits:)`, empty pieces omitted.
    static func pieces(_ text: String, _ separator: Character, maxSplits: Int = .max) -> [Substring] {
        guard isPlain(text), let byte = separator.asciiValue else {
            return text.split(separator: separator, maxSplits: maxSplits)
        }
        return text.utf8.split(separator: byte, maxSplits: maxSplits).map(Substring.init)
    }

    /// `text.trimmed(of: set)` for a set of ASCII characters.
    static func trim(_ text: Substring, of set: StaticString = " \t\r") -> String {
        guard isPlain(text) else { return text.trimmed(of: set.description) }
        let drop = { (byte: UInt8) in set.withUTF8Buffer { $0.contains(byte) } }
        let bytes = text.utf8
        guard let first = bytes.firstIndex(where: { !drop($0) }), let last = bytes.lastIndex(where: { !drop($0) })
        else { return "" }
        return String(Substring(bytes[first...last]))
    }
}
