/// A problem in a theme file, with the file and line it was found on.
public struct ThemeError: Error, Equatable, Sendable {
    /// The file as the user knows it (path or bundled name).
    public var file: String
    /// 1-based line number (0 when the file as a whole is unreadable).
    public var line: Int
    /// What is wrong, in Dutch.
    public var reason: String

    /// Creates a theme error.
    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// The full Dutch message for the status line.
    public var message: String { Dutch.themeError(file: file, line: line, reason: reason) }
}

/// Reads the theme line format: `palet NAAM = 0..255` and `rol = fg:KLEUR bg:KLEUR bold …`.
public enum ThemeParser {
    /// Parses a theme file's text; the first error stops parsing.
    public static func parse(_ text: String, name: String, file: String) throws(ThemeError) -> Theme {
        var palette: [String: UInt8] = [:]
        var theme = Theme(name: name)
        for (offset, rawLine) in ThemeText.lines(text).enumerated() {
            let line = ThemeText.content(rawLine)
            guard !line.isEmpty else { continue }
            do {
                try parseLine(line, palette: &palette, theme: &theme)
            } catch {
                throw ThemeError(file: file, line: offset + 1, reason: error.reason)
            }
        }
        return theme
    }

    struct LineError: Error { let reason: String }

    private static func parseLine(_ line: String, palette: inout [String: UInt8], theme: inout Theme) throws(LineError)
    {
        let halves = ThemeText.pieces(line, "=", maxSplits: 1).map { ThemeText.trim($0, of: " \t") }
        guard halves.count == 2 else { throw LineError(reason: Dutch.themeNoEquals) }
        let left = ThemeText.pieces(halves[0], " ").map(String.init)
        if left.count == 2, left[0] == "palet" {
            guard let index = UInt8(halves[1]) else { throw LineError(reason: Dutch.themeBadIndex(halves[1])) }
            palette[left[1]] = index
            return
        }
        guard left.count == 1, let role = ThemeRole(rawValue: left[0]) else {
            throw LineError(reason: Dutch.themeUnknownRole(halves[0]))
        }
        theme.specs[role] = try spec(halves[1], palette: palette)
    }

    private static func spec(_ text: String, palette: [String: UInt8]) throws(LineError) -> StyleSpec {
        var spec = StyleSpec()
        for word in ThemeText.pieces(text, " ").map(String.init) where !word.isEmpty {
            if word.hasPrefix("fg:") {
                spec.foreground = try color(String(word.dropFirst(3)), palette: palette)
            } else if word.hasPrefix("bg:") {
                spec.background = try color(String(word.dropFirst(3)), palette: palette)
            } else if let attribute = attributeNames[word] {
                spec.attributes.formUnion(attribute)
            } else {
                throw LineError(reason: Dutch.themeUnknownWord(word))
            }
        }
        return spec
    }

    private static func color(_ text: String, palette: [String: UInt8]) throws(LineError) -> TermColor {
        if text == "default" { return .terminalDefault }
        if let index = UInt8(text) { return .indexed(index) }
        if let index = palette[text] { return .indexed(index) }
        throw LineError(reason: Dutch.themeUnknownColor(text))
    }

    static let attributeNames: [String: TextAttributes] = [
        "bold": .bold, "dim": .dim, "underline": .underline, "reverse": .reverse, "italic": .italic, "plain": [],
    ]
}

extension String {
    /// Drops the given characters from both ends (no Foundation needed).
    func trimmed(of set: String) -> String {
        var view = Substring(self)
        while let first = view.first, set.contains(first) { view.removeFirst() }
        while let last = view.last, set.contains(last) { view.removeLast() }
        return String(view)
    }
}

extension Substring {
    func trimmed(of set: String) -> String { String(self).trimmed(of: set) }
}
