/// What a table view asks of a table's rows: only the rows on screen are asked for cells.
public protocol TableRows {
    associatedtype Role: TableRoles
    var columns: [TableColumn] { get }
    /// The widest cell of each column (its title and a sort mark included): what `ColumnLayout`
    /// grows toward.
    var contentWidths: [Int] { get }
    /// One styled cell per column.
    func cells(_ row: Int) -> [StyledSpan<Role>]
}

/// Where a table view is and what it marks: the rows in display order, the sort, the
/// selection and scroll position, and the rows a search matched.
public struct TableViewState {
    /// Row indices in display order.
    public var order: [Int]
    /// The sorted column and its direction, shown as a mark before its title.
    public var sort: (column: Int, ascending: Bool)?
    /// The selected position in `order`, and the first visible position as last stored.
    public var selected: Int
    public var top: Int
    /// True while the table has the keys (the selection shows in full colour).
    public var focused: Bool
    /// Rows whose cells `highlight` marks.
    public var matches: RowSet

    public init(
        order: [Int], sort: (column: Int, ascending: Bool)?, selected: Int, top: Int, focused: Bool,
        matches: RowSet
    ) {
        self.order = order
        self.sort = sort
        self.selected = selected
        self.top = top
        self.focused = focused
        self.matches = matches
    }
}

/// Draws a table: box, header with sort mark, only the visible rows, the selection.
///
/// Inlinable, so each app gets it specialised for its rows and roles: it draws on every key
/// press in a table.
public struct TableView<Rows: TableRows> {
    public typealias Role = Rows.Role

    public let rows: Rows
    public let state: TableViewState
    /// What an empty table says (the app's words).
    public let emptyText: String
    /// Splits a matched cell so the match stands out (the app knows how its search folds text).
    public let highlight: ((StyledSpan<Role>) -> [StyledSpan<Role>])?
    public let theme: ResolvedRoles<Role>
    public let glyphs: Glyphs

    public init(
        rows: Rows, state: TableViewState, emptyText: String,
        highlight: ((StyledSpan<Role>) -> [StyledSpan<Role>])?, theme: ResolvedRoles<Role>, glyphs: Glyphs
    ) {
        self.rows = rows
        self.state = state
        self.emptyText = emptyText
        self.highlight = highlight
        self.theme = theme
        self.glyphs = glyphs
    }

    /// Draws into `box`; returns where the cursor rests (the selected row) while focused.
    @inlinable public func draw(into buffer: inout ScreenBuffer, box: Rect, title: String) -> (x: Int, y: Int)? {
        buffer.box(box, style: theme[.panelBorder], title: title, titleStyle: theme[.panelTitle], glyphs: glyphs.box)
        let area = box.tableRows
        guard area.width > 2, box.height > 2 else { return nil }
        let columns = ColumnLayout.fit(rows.columns, width: area.width - 2, content: rows.contentWidths)
        drawHeader(into: &buffer, columns: columns, x: area.x + 2, y: box.y + 1, clip: area.union(headerOf: box))
        guard !state.order.isEmpty else {
            buffer.write(emptyText, x: area.x + 2, y: area.y, style: theme[.gap], clip: area)
            return nil
        }
        let top = Scroll.top(
            current: state.top, first: state.selected, last: state.selected,
            visible: area.height, total: state.order.count)
        var cursorPosition: (x: Int, y: Int)?
        for line in 0..<min(area.height, state.order.count - top) {
            let position = top + line
            let y = area.y + line
            drawRow(into: &buffer, row: state.order[position], columns: columns, x: area.x + 2, y: y, clip: area)
            if position == state.selected {
                let nameEnd = columns.first.map { $0.x + $0.width + 2 } ?? area.width
                markSelection(into: &buffer, rect: Rect(x: area.x, y: y, width: min(nameEnd, area.width), height: 1))
                if state.focused { cursorPosition = (area.x, y) }
            }
        }
        return cursorPosition
    }

    @inlinable func drawHeader(
        into buffer: inout ScreenBuffer, columns: [(column: Int, x: Int, width: Int)], x: Int, y: Int,
        clip: Rect
    ) {
        for placed in columns {
            let column = rows.columns[placed.column]
            var title = column.title
            if let sort = state.sort, sort.column == placed.column {
                title = (sort.ascending ? glyphs.ascending : glyphs.descending) + title
            }
            let text = DisplayWidth.pad(title, to: placed.width, alignRight: column.alignRight)
            buffer.write(text, x: x + placed.x, y: y, style: theme[.tableHeader], clip: clip)
        }
    }

    @inlinable func drawRow(
        into buffer: inout ScreenBuffer, row: Int, columns: [(column: Int, x: Int, width: Int)],
        x: Int, y: Int, clip: Rect
    ) {
        let cells = rows.cells(row)
        let highlight = state.matches.contains(row) ? self.highlight : nil
        for placed in columns {
            let cell = cells[placed.column]
            let text = DisplayWidth.pad(
                cell.text, to: placed.width, alignRight: rows.columns[placed.column].alignRight)
            let padded = StyledSpan(text, cell.role)
            let spans = highlight.map { $0(padded) } ?? [padded]
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
    @inlinable func markSelection(into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.write(
            glyphs.selection, x: rect.x, y: rect.y, style: theme[state.focused ? .ground : .textDim], clip: rect)
        if state.focused { buffer.select(rect, selection: theme[.selection]) }
    }
}

extension Rect {
    /// The rows area inside a table box (below the header line).
    @inlinable public var tableRows: Rect {
        Rect(x: x + 1, y: y + 2, width: width - 2, height: height - 3)
    }

    /// The rows area widened by one line upwards to include a table's header row.
    @inlinable public func union(headerOf box: Rect) -> Rect {
        Rect(x: x, y: box.y + 1, width: width, height: maxY - box.y - 1)
    }
}
