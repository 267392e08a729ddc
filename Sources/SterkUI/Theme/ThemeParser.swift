/// A problem in one of the dashboard's theme files (the kernel's error, worded here).
public typealias ThemeError = ThemeFileError

extension ThemeFileError {
    /// The full Dutch message for the status line.
    public var message: String { Dutch.themeError(file: file, line: line, reason: Dutch.themeProblem(problem)) }
}

extension ThemeParser {
    /// Parses a dashboard theme file (the dashboard's roles).
    public static func parse(_ text: String, name: String, file: String) throws(ThemeError) -> Theme {
        try parse(text, name: name, file: file, roles: ThemeRole.self)
    }
}
