/// Draws a document: wrapped paragraphs, bars, the selected paragraph marked, only visible rows.
///
/// Inlinable, so each app gets it specialised for its roles: it draws on every key press in a
/// document.
public struct DocumentView<Role: DocumentRoles> {
    /// The document wrapped to this view's text width (the area less the marker column).
    public let rows: [WrappedRow<Role>]
    /// The selected paragraph, and the first visible row as last stored.
    public let selected: Int
    public let top: Int
    /// True while the document has the keys (the selection shows in full colour).
    public let focused: Bool
    /// Paragraphs whose spans `highlight` marks.
    public let matches: RowSet
    /// Splits a matched span so the match stands out (the app knows how its search folds text).
    public let highlight: ((StyledSpan<Role>) -> [StyledSpan<Role>])?
    public let theme: ResolvedRoles<Role>
    public let glyphs: Glyphs

    public init(
        rows: [WrappedRow<Role>], selected: Int, top: Int, focused: Bool, matches: RowSet,
        highlight: ((StyledSpan<Role>) -> [StyledSpan<Role>])?, theme: ResolvedRoles<Role>, glyphs: Glyphs
    ) {
        self.rows = rows
        self.selected = selected
        self.top = top
        self.focused = focused
        self.matches = matches
        self.highlight = highlight
        self.theme = theme
        self.glyphs = glyphs
    }

    /// The first visible row: the stored one, moved just enough to show the selected paragraph.
    @inlinable public static func visibleTop(selected: Int, top: Int, rows: [WrappedRow<Role>], height: Int) -> Int {
        let first = rows.firstIndex { $0.paragraph == selected } ?? 0
        let last = rows.lastIndex { $0.paragraph == selected } ?? first
        return Scroll.top(current: top, first: first, last: last, visible: height, total: rows.count)
    }

    /// Draws into `area` (marker column included); returns where the cursor should rest.
    @inlinable public func draw(into buffer: inout ScreenBuffer, area: Rect) -> (x: Int, y: Int)? {
        guard area.width > 2, area.height > 0 else { return nil }
        let textArea = Rect(x: area.x + 2, y: area.y, width: area.width - 2, height: area.height)
        let top = Self.visibleTop(selected: selected, top: top, rows: rows, height: area.height)
        var cursorPosition: (x: Int, y: Int)?
        var previousParagraph = -1
        for line in 0..<min(area.height, rows.count - top) {
            let row = rows[top + line]
            let y = area.y + line
            drawRow(row, into: &buffer, area: textArea, y: y)
            guard row.paragraph == selected else { previousParagraph = row.paragraph; continue }
            if previousParagraph != row.paragraph {
                buffer.write(glyphs.selection, x: area.x, y: y, style: theme[focused ? .ground : .textDim], clip: area)
                if focused { cursorPosition = (area.x, y) }
            }
            if focused {
                buffer.select(
                    Rect(x: textArea.x + row.indent, y: y, width: textArea.width - row.indent, height: 1),
                    selection: theme[.selection])
            }
            previousParagraph = row.paragraph
        }
        if top + area.height < rows.count {
            // On the box's right border, beside the last row: the text uses every column inside.
            let border = Rect(x: area.maxX, y: area.maxY - 1, width: 1, height: 1).intersection(buffer.bounds)
            buffer.write(glyphs.moreBelow, x: area.maxX, y: area.maxY - 1, style: theme[.panelBorder], clip: border)
        }
        return cursorPosition
    }

    @inlinable func drawRow(_ row: WrappedRow<Role>, into buffer: inout ScreenBuffer, area: Rect, y: Int) {
        let x = area.x + row.indent
        let clip = Rect(x: x, y: y, width: area.maxX - x, height: 1)
        if case let .bar(fraction, value, reference) = row.kind {
            BarChart(theme: theme, glyphs: glyphs).draw(
                label: row.spans, fraction: fraction, value: value,
                reference: reference, into: &buffer, x: x, y: y, width: clip.width)
            return
        }
        var spans = row.spans
        if let highlight, matches.contains(row.paragraph) {
            spans = spans.flatMap(highlight)
        }
        buffer.draw(spans, x: x, y: y, clip: clip, theme: theme)
    }
}
