/// The semantic roles an app gives looks to; views ask for roles, never for colours. The app
/// owns the set (its names are the keys of its theme files) and every role's default look.
public protocol ThemeRoles: CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == String {
    /// The role whose colours are the theme's own ground: other roles that leave a colour open
    /// inherit it.
    static var ground: Self { get }
    /// The look every theme starts from.
    var defaultSpec: StyleSpec { get }
    /// Attributes kept (or added) when colour is gone, so the role still stands out.
    var monochromeAttributes: TextAttributes { get }
}

/// A role's look before it meets a terminal; the same value type as a drawn `Style`,
/// named apart because its colours may still be degraded (256 → 16 → 8 → none).
public typealias StyleSpec = Style
