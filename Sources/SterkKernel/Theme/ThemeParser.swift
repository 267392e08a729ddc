/// What is wrong in a theme file; the app words it (the kernel says nothing to people).
public enum ThemeProblem: Equatable, Sendable {
    /// The file could not be read as UTF-8 text.
    case unreadable
    /// A line without `=`.
    case noEquals
    /// A palette entry whose value is not 0–255.
    case badIndex(String)
    /// A name that is not one of the app's roles.
    case unknownRole(String)
    /// A word in a look that is neither `fg:`, `bg:` nor an attribute.
    case unknownWord(String)
    /// A colour that is neither a number, `default` nor a palette name.
    case unknownColor(String)
}

/// A problem in a theme file, with the file and line it was found on.
public struct ThemeFileError: Error, Equatable, Sendable {
    /// The file as the user knows it (path or bundled name).
    public var file: String
    /// 1-based line number (0 when the file as a whole is unreadable).
    public var line: Int
    public var problem: ThemeProblem

    public init(file: String, line: Int, problem: ThemeProblem) {
        self.file = file
        self.line = line
        self.problem = problem
    }
}

/// Reads the theme line format: `palet NAAM = 0..255` and `rol = fg:KLEUR bg:KLEUR bold …`,
/// for any app's set of roles.
public enum ThemeParser {
    /// Parses a theme file's text; the first error stops parsing.
    public static func parse<Role: ThemeRoles>(
        _ text: String, name: String, file: String, roles: Role.Type
    ) throws(ThemeFileError) -> RoleTheme<Role> {
        var palette: [String: UInt8] = [:]
        var theme = RoleTheme<Role>(name: name)
        for (offset, rawLine) in ThemeText.lines(text).enumerated() {
            let line = ThemeText.content(rawLine)
            guard !line.isEmpty else { continue }
            do {
                try parseLine(line, palette: &palette, theme: &theme)
            } catch {
                throw ThemeFileError(file: file, line: offset + 1, problem: error.problem)
            }
        }
        return theme
    }

    struct LineError: Error { let problem: ThemeProblem }

    private static func parseLine<Role: ThemeRoles>(
        _ line: String, palette: inout [String: UInt8], theme: inout RoleTheme<Role>
    ) throws(LineError) {
        let halves = ThemeText.pieces(line, "=", maxSplits: 1).map { ThemeText.trim($0, of: " \t") }
        guard halves.count == 2 else { throw LineError(problem: .noEquals) }
        let left = ThemeText.pieces(halves[0], " ").map(String.init)
        if left.count == 2, left[0] == "palet" {
            guard let index = UInt8(halves[1]) else { throw LineError(problem: .badIndex(halves[1])) }
            palette[left[1]] = index
            return
        }
        guard left.count == 1, let role = Role(rawValue: left[0]) else {
            throw LineError(problem: .unknownRole(halves[0]))
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
                throw LineError(problem: .unknownWord(word))
            }
        }
        return spec
    }

    private static func color(_ text: String, palette: [String: UInt8]) throws(LineError) -> TermColor {
        if text == "default" { return .terminalDefault }
        if let index = UInt8(text) { return .indexed(index) }
        if let index = palette[text] { return .indexed(index) }
        throw LineError(problem: .unknownColor(text))
    }

    static let attributeNames: [String: TextAttributes] = [
        "bold": .bold, "dim": .dim, "underline": .underline, "reverse": .reverse, "italic": .italic, "plain": [],
    ]
}
