/// A run of text in one of an app's theme roles: what views write, before a theme gives it colours.
public struct StyledSpan<Role: ThemeRoles>: Hashable, Sendable {
    public var text: String
    public var role: Role

    /// A span in `role`; by default the theme's ground (plain text).
    @inlinable public init(_ text: String, _ role: Role = .ground) {
        self.text = text
        self.role = role
    }

    /// The text of a line of spans, without its roles.
    ///
    /// A loop, not `map(\.text)`: in generic code a key path is built at run time on every call.
    @inlinable public static func text(of spans: [StyledSpan]) -> String {
        var text = ""
        for span in spans { text += span.text }
        return text
    }
}
