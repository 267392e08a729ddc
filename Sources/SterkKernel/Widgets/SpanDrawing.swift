/// Drawing styled spans into a buffer.
extension ScreenBuffer {
    /// Writes spans from (x, y), each in its role's style, within `clip`; returns cells used.
    @inlinable @discardableResult
    public mutating func draw<Role>(
        _ spans: [StyledSpan<Role>], x: Int, y: Int, clip: Rect, theme: ResolvedRoles<Role>
    ) -> Int {
        var column = x
        for span in spans where column < clip.maxX {
            column += write(span.text, x: column, y: y, style: theme[span.role], clip: clip)
        }
        return column - x
    }

    /// Marks a row as selected: the selection look laid over what is drawn there.
    public mutating func select(_ rect: Rect, selection: Style) {
        restyle(rect) { base in
            var style = base
            if selection.foreground != .terminalDefault { style.foreground = selection.foreground }
            if selection.background != .terminalDefault { style.background = selection.background }
            style.attributes.formUnion(selection.attributes)
            return style
        }
    }
}
