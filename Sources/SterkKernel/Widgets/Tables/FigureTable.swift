/// A small table of figures: a label column, then value columns aligned right, a header on top.
///
/// Columns that do not fit are dropped by priority (`ColumnLayout`); a cell too long for its
/// column ends in "…". `draw` says whether everything showed whole, so a slide can report it.
public struct FigureTable<Role: TableRoles>: Sendable {
    public var columns: [TableColumn]
    /// One span per column per row; a gap is the app's "unknown" in its gap role.
    public var rows: [[StyledSpan<Role>]]

    public init(columns: [TableColumn], rows: [[StyledSpan<Role>]]) {
        self.columns = columns
        self.rows = rows
    }

    /// Header plus one row per area.
    public var height: Int { rows.count + 1 }

    /// Every column at its preferred width, one space apart: the table never stretches beyond it.
    public var naturalWidth: Int { columns.reduce(0) { $0 + $1.preferred } + max(0, columns.count - 1) }

    /// The cell x offsets and widths at a width.
    public func layout(width: Int) -> [(column: Int, x: Int, width: Int)] {
        ColumnLayout.fit(columns, width: min(width, naturalWidth))
    }

    /// Draws the header and as many rows as fit; false when a column or cell was cut.
    @discardableResult
    public func draw(into buffer: inout ScreenBuffer, rect: Rect, theme: ResolvedRoles<Role>) -> Bool {
        let fitted = layout(width: rect.width)
        var fits = fitted.count == columns.count && rect.height >= height
        for cell in fitted {
            let title = columns[cell.column].title
            fits = fits && DisplayWidth.of(title) <= cell.width
            buffer.write(
                aligned(title, cell, right: columns[cell.column].alignRight), x: rect.x + cell.x, y: rect.y,
                style: theme[.tableHeader], clip: rect)
        }
        for (offset, row) in rows.enumerated() where offset + 1 < rect.height {
            for cell in fitted where row.indices.contains(cell.column) {
                let span = row[cell.column]
                fits = fits && DisplayWidth.of(span.text) <= cell.width
                buffer.write(
                    aligned(span.text, cell, right: columns[cell.column].alignRight), x: rect.x + cell.x,
                    y: rect.y + 1 + offset, style: theme[span.role], clip: rect)
            }
        }
        return fits
    }

    private func aligned(_ text: String, _ cell: (column: Int, x: Int, width: Int), right: Bool) -> String {
        DisplayWidth.pad(DisplayWidth.truncate(text, to: cell.width), to: cell.width, alignRight: right)
    }
}
