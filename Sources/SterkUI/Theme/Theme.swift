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

    /// The `text` role: the theme's own foreground and background, which every other role
    /// that leaves a colour open inherits.
    public let base: Style

    /// Resolves every role once, degrading colours to what the terminal can show.
    ///
    /// A role that sets only a foreground gets the theme's background (and the other way
    /// round), so a theme that sets its background — `licht`: black on white — never leaves
    /// holes of terminal background behind its coloured text (black on a dark terminal).
    public init(_ theme: Theme, colors: Int) {
        name = theme.name
        let base = ColorDegrade.style(for: theme.spec(.text), role: .text, colors: colors)
        self.base = base
        styles = ThemeRole.allCases.map { role in
            var style = ColorDegrade.style(for: theme.spec(role), role: role, colors: colors)
            if style.background == .terminalDefault { style.background = base.background }
            if style.foreground == .terminalDefault { style.foreground = base.foreground }
            return style
        }
    }

    /// Gives every cell still in the terminal's own colours the theme's base colours (cells
    /// drawn "plain", outside any role).
    public func ground(_ buffer: inout ScreenBuffer) {
        guard base.background != .terminalDefault || base.foreground != .terminalDefault else { return }
        buffer.groundColors(foreground: base.foreground, background: base.background)
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
