/// Draws a document: wrapped paragraphs, bars, the selected paragraph marked, only visible rows.
struct DocumentView {
    let document: Document
    /// The document wrapped to this view's text width (the area less the marker column).
    let rows: [WrappedRow]
    let cursor: PaneCursor
    let focused: Bool
    let foldedQuery: String?
    let matches: RowSet
    let theme: ResolvedTheme
    let glyphs: Glyphs

    /// The first visible row: the stored one, moved just enough to show the selection.
    static func visibleTop(_ cursor: PaneCursor, rows: [WrappedRow], height: Int) -> Int {
        let first = rows.firstIndex { $0.paragraph == cursor.selected } ?? 0
        let last = rows.lastIndex { $0.paragraph == cursor.selected } ?? first
        return Scroll.top(current: cursor.top, first: first, last: last, visible: height, total: rows.count)
    }

    /// Draws into `area` (marker column included); returns where the cursor should rest.
    func draw(into buffer: inout ScreenBuffer, area: Rect) -> (x: Int, y: Int)? {
        guard area.width > 2, area.height > 0 else { return nil }
        let textArea = Rect(x: area.x + 2, y: area.y, width: area.width - 2, height: area.height)
        let top = DocumentView.visibleTop(cursor, rows: rows, height: area.height)
        var cursorPosition: (x: Int, y: Int)?
        var previousParagraph = -1
        for line in 0..<min(area.height, rows.count - top) {
            let row = rows[top + line]
            let y = area.y + line
            drawRow(row, into: &buffer, area: textArea, y: y)
            guard row.paragraph == cursor.selected else { previousParagraph = row.paragraph; continue }
            if previousParagraph != row.paragraph {
                buffer.write(glyphs.selection, x: area.x, y: y, style: theme[focused ? .text : .textDim], clip: area)
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

    private func drawRow(_ row: WrappedRow, into buffer: inout ScreenBuffer, area: Rect, y: Int) {
        let x = area.x + row.indent
        let clip = Rect(x: x, y: y, width: area.maxX - x, height: 1)
        if case let .bar(fraction, value, reference) = row.kind {
            BarChart(theme: theme, glyphs: glyphs).draw(
                label: row.spans, fraction: fraction, value: value,
                reference: reference, into: &buffer, x: x, y: y, width: clip.width)
            return
        }
        var spans = row.spans
        if let foldedQuery, matches.contains(row.paragraph) {
            spans = spans.flatMap { Highlight.split($0, foldedQuery: foldedQuery) }
        }
        buffer.draw(spans, x: x, y: y, clip: clip, theme: theme)
    }
}
