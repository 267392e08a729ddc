/// The dashboard's themes: the kernel's role themes over the dashboard's own roles.
public typealias Theme = RoleTheme<ThemeRole>

/// A dashboard theme resolved against one terminal.
public typealias ResolvedTheme = ResolvedRoles<ThemeRole>

extension RoleTheme where Role == ThemeRole {
    /// The built-in default: every role at its `defaultSpec`.
    public static var builtInDefault: Theme { Theme(name: "standaard") }
}
