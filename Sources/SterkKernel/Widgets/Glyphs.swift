/// Glyphs that have an ASCII stand-in when the terminal has no UTF-8.
public struct Glyphs: Sendable {
    public let unicode: Bool

    public init(unicode: Bool) {
        self.unicode = unicode
    }

    public var selection: String { unicode ? "▶" : ">" }
    public var bar: Character { unicode ? "█" : "#" }
    public var ascending: String { unicode ? "▲" : "^" }
    public var descending: String { unicode ? "▼" : "v" }
    public var box: BoxGlyphs { unicode ? .unicode : .ascii }
    public var moreBelow: String { unicode ? "↓" : "v" }
    public var separator: String { unicode ? " · " : " - " }
}
