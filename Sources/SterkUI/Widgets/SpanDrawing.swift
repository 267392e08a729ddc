/// Drawing styled spans into a buffer.
extension ScreenBuffer {
    /// Writes spans from (x, y), each in its role's style, within `clip`; returns cells used.
    @discardableResult
    mutating func draw(_ spans: [Span], x: Int, y: Int, clip: Rect, theme: ResolvedTheme) -> Int {
        var column = x
        for span in spans where column < clip.maxX {
            column += write(span.text, x: column, y: y, style: theme[span.role], clip: clip)
        }
        return column - x
    }

    /// Marks a row as selected: the selection look laid over what is drawn there.
    mutating func select(_ rect: Rect, selection: Style) {
        restyle(rect) { base in
            var style = base
            if selection.foreground != .terminalDefault { style.foreground = selection.foreground }
            if selection.background != .terminalDefault { style.background = selection.background }
            style.attributes.formUnion(selection.attributes)
            return style
        }
    }
}

/// Glyphs that have an ASCII stand-in when the terminal has no UTF-8.
struct Glyphs: Sendable {
    let unicode: Bool

    var selection: String { unicode ? "▶" : ">" }
    var bar: Character { unicode ? "█" : "#" }
    var ascending: String { unicode ? "▲" : "^" }
    var descending: String { unicode ? "▼" : "v" }
    var box: BoxGlyphs { unicode ? .unicode : .ascii }
    var moreBelow: String { unicode ? "↓" : "v" }
    var separator: String { unicode ? " · " : " - " }
}
