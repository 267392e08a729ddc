import SterkModel

/// Draws a table panel's list: box, header with sort mark, only the visible rows.
struct TableView {
    let model: TableModel
    let table: TableState
    let cursor: PaneCursor
    let focused: Bool
    let foldedQuery: String?
    let matches: RowSet
    let theme: ResolvedTheme
    let glyphs: Glyphs

    func draw(into buffer: inout ScreenBuffer, box: Rect, title: String) -> (x: Int, y: Int)? {
        buffer.box(box, style: theme[.panelBorder], title: title, titleStyle: theme[.panelTitle], glyphs: glyphs.box)
        let rows = ScreenLayout.tableRows(box)
        guard rows.width > 2, box.height > 2 else { return nil }
        let columns = ColumnLayout.fit(model.columns, width: rows.width - 2, content: model.contentWidths)
        drawHeader(into: &buffer, columns: columns, x: rows.x + 2, y: box.y + 1, clip: rows.union(headerOf: box))
        guard !table.order.isEmpty else {
            buffer.write(Dutch.emptyList, x: rows.x + 2, y: rows.y, style: theme[.gap], clip: rows)
            return nil
        }
        let top = Scroll.top(
            current: cursor.top, first: cursor.selected, last: cursor.selected,
            visible: rows.height, total: table.order.count)
        var cursorPosition: (x: Int, y: Int)?
        for line in 0..<min(rows.height, table.order.count - top) {
            let position = top + line
            let y = rows.y + line
            drawRow(into: &buffer, row: table.order[position], columns: columns, x: rows.x + 2, y: y, clip: rows)
            if position == cursor.selected {
                let nameEnd = columns.first.map { $0.x + $0.width + 2 } ?? rows.width
                markSelection(into: &buffer, rect: Rect(x: rows.x, y: y, width: min(nameEnd, rows.width), height: 1))
                if focused { cursorPosition = (rows.x, y) }
            }
        }
        return cursorPosition
    }

    private func drawHeader(
        into buffer: inout ScreenBuffer, columns: [(column: Int, x: Int, width: Int)], x: Int, y: Int,
        clip: Rect
    ) {
        for placed in columns {
            var title = model.columns[placed.column].title
            if table.sortColumn == placed.column {
                title = (table.ascending ? glyphs.ascending : glyphs.descending) + title
            }
            let text = DisplayWidth.pad(title, to: placed.width, alignRight: model.columns[placed.column].alignRight)
            buffer.write(text, x: x + placed.x, y: y, style: theme[.tableHeader], clip: clip)
        }
    }

    private func drawRow(
        into buffer: inout ScreenBuffer, row: Int, columns: [(column: Int, x: Int, width: Int)],
        x: Int, y: Int, clip: Rect
    ) {
        let cells = model.row(row).cells
        let highlight = matches.contains(row) ? foldedQuery : nil
        for placed in columns {
            let cell = cells[placed.column]
            let text = DisplayWidth.pad(
                cell.text, to: placed.width, alignRight: model.columns[placed.column].alignRight)
            var spans = [Span(text, cell.role)]
            if let highlight { spans = Highlight.split(spans[0], foldedQuery: highlight) }
            let cellClip = Rect(x: x + placed.x, y: y, width: placed.width, height: 1).intersection(clip)
            buffer.draw(spans, x: x + placed.x, y: y, clip: cellClip, theme: theme)
        }
    }

    /// The marker, and the selection colours over the marker and the first (name) column only.
    ///
    /// Why not the whole row: a terminal can only restyle cells by sending them again, so a
    /// whole-row highlight costs two full rows per move (~180 bytes at 120 columns, more when
    /// wider), most of a move's output. The name cell carries the selection; the marker and the
    /// "n/N" counter say it without colour.
    private func markSelection(into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.write(glyphs.selection, x: rect.x, y: rect.y, style: theme[focused ? .text : .textDim], clip: rect)
        if focused { buffer.select(rect, selection: theme[.selection]) }
    }
}

extension Rect {
    /// The rows area widened by one line upwards to include a table's header row.
    func union(headerOf box: Rect) -> Rect {
        Rect(x: x, y: box.y + 1, width: width, height: maxY - box.y - 1)
    }
}
