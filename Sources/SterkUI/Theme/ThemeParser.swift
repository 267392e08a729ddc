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

extension ThemeParser {
    /// Parses a dashboard theme file; problems worded in Dutch.
    public static func parse(_ text: String, name: String, file: String) throws(ThemeError) -> Theme {
        do {
            return try parse(text, name: name, file: file, roles: ThemeRole.self)
        } catch {
            throw ThemeError(file: error.file, line: error.line, reason: Dutch.themeProblem(error.problem))
        }
    }
}
