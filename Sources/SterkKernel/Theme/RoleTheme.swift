/// A named set of role looks; roles it does not name fall back to their default.
public struct RoleTheme<Role: ThemeRoles>: Sendable, Equatable {
    /// The theme's name (its file name without `.theme`).
    public var name: String
    /// The roles this theme sets.
    public var specs: [Role: StyleSpec]

    /// Creates a theme from the roles it sets.
    public init(name: String, specs: [Role: StyleSpec] = [:]) {
        self.name = name
        self.specs = specs
    }

    /// The look of a role, falling back to the default.
    public func spec(_ role: Role) -> StyleSpec {
        specs[role] ?? role.defaultSpec
    }
}

/// A theme resolved against one terminal: every role is a ready `Style`, looked up in O(1).
public struct ResolvedRoles<Role: ThemeRoles>: Sendable {
    /// The theme's name.
    public let name: String
    @usableFromInline let styles: [Role: Style]

    /// The ground role's style: the theme's own foreground and background, which every other
    /// role that leaves a colour open inherits.
    public let base: Style

    /// Resolves every role once, degrading colours to what the terminal can show.
    ///
    /// A role that sets only a foreground gets the theme's background (and the other way
    /// round), so a theme that sets its background — black on white, say — never leaves
    /// holes of terminal background behind its coloured text (black on a dark terminal).
    public init(_ theme: RoleTheme<Role>, colors: Int) {
        name = theme.name
        let base = Self.degraded(theme, Role.ground, colors: colors)
        self.base = base
        var styles: [Role: Style] = [:]
        for role in Role.allCases {
            var style = Self.degraded(theme, role, colors: colors)
            if style.background == .terminalDefault { style.background = base.background }
            if style.foreground == .terminalDefault { style.foreground = base.foreground }
            styles[role] = style
        }
        self.styles = styles
    }

    private static func degraded(_ theme: RoleTheme<Role>, _ role: Role, colors: Int) -> Style {
        ColorDegrade.style(for: theme.spec(role), monochrome: role.monochromeAttributes, colors: colors)
    }

    /// Gives every cell still in the terminal's own colours the theme's base colours (cells
    /// drawn "plain", outside any role).
    public func ground(_ buffer: inout ScreenBuffer) {
        guard base.background != .terminalDefault || base.foreground != .terminalDefault else { return }
        buffer.groundColors(foreground: base.foreground, background: base.background)
    }

    /// The style for a role.
    @inlinable public subscript(_ role: Role) -> Style {
        styles[role] ?? base
    }
}
