/// A named set of role looks; roles it does not name fall back to the default.
public struct Theme: Sendable, Equatable {
    /// The theme's name (its file name without `.theme`).
    public var name: String
    /// The roles this theme sets.
    public var specs: [ThemeRole: StyleSpec]

    /// Creates a theme from the roles it sets.
    public init(name: String, specs: [ThemeRole: StyleSpec] = [:]) {
        self.name = name
        self.specs = specs
    }

    /// The built-in default: every role at its `defaultSpec`.
    public static let builtInDefault = Theme(name: "standaard")

    /// The look of a role, falling back to the default.
    public func spec(_ role: ThemeRole) -> StyleSpec {
        specs[role] ?? role.defaultSpec
    }
}

/// A theme resolved against one terminal: every role is a ready `Style`, looked up in O(1).
public struct ResolvedTheme: Sendable {
    /// The theme's name.
    public let name: String
    private let styles: [Style]

    /// Resolves every role once, degrading colours to what the terminal can show.
    public init(_ theme: Theme, colors: Int) {
        name = theme.name
        styles = ThemeRole.allCases.map { role in
            ColorDegrade.style(for: theme.spec(role), role: role, colors: colors)
        }
    }

    /// The style for a role.
    public subscript(_ role: ThemeRole) -> Style {
        styles[ThemeRole.position[role] ?? 0]
    }
}

extension ThemeRole {
    /// Each role's position in `allCases`, for array-backed look-ups.
    static let position: [ThemeRole: Int] = Dictionary(
        uniqueKeysWithValues: ThemeRole.allCases.enumerated().map { ($1, $0) })
}
