/// Fits table columns into a width: drops columns in `ColumnDrop` order, then shares the slack.
///
/// Widths follow the content: every shown column gets its minimum, then grows toward its
/// preferred width, then toward the width of its widest cell (`content`, measured once per
/// table) — value columns before the name column, so spare room goes to cut values first —
/// and only what is left after every cell fits widens the first (name) column.
public enum ColumnLayout {
    /// (column index, x offset, width) for each shown column; one space between columns.
    /// `content`: the widest cell of each column (nil: the preferred widths are the aim).
    public static func fit(_ columns: [TableColumn], width: Int, content: [Int]? = nil) -> [(
        column: Int, x: Int, width: Int
    )] {
        guard !columns.isEmpty, width > 0 else { return [] }
        var shown = Array(columns.indices)
        while shown.count > 1, minimumWidth(shown, columns) > width,
            let drop = ColumnDrop.next(among: shown, priority: { columns[$0].priority })
        {
            shown.removeAll { $0 == drop }
        }
        var widths = shown.map { columns[$0].minimum }
        var slack = width - minimumWidth(shown, columns)
        // Toward the preferred width, but never past the widest cell: padding is no use to anyone.
        grow(&widths, &slack, order: Array(shown.indices)) { position in
            min(columns[shown[position]].preferred, content?[safe: shown[position]] ?? Int.max)
        }
        if let content {
            let byPriority = shown.indices.dropFirst().sorted {
                columns[shown[$0]].priority < columns[shown[$1]].priority
            }
            let aim = { (position: Int) in max(columns[shown[position]].preferred, content[safe: shown[position]] ?? 0)
            }
            grow(&widths, &slack, order: byPriority + [0], to: aim)
        }
        if slack > 0, !widths.isEmpty { widths[0] += slack }
        if widths.count == 1 { widths[0] = width }
        var x = 0
        return zip(shown, widths).map { index, cellWidth in
            defer { x += cellWidth + 1 }
            return (index, x, cellWidth)
        }
    }

    /// Widens the columns at `order` (positions in `widths`) toward `aim`, while slack lasts.
    private static func grow(_ widths: inout [Int], _ slack: inout Int, order: [Int], to aim: (Int) -> Int) {
        for position in order where slack > 0 {
            let step = min(slack, aim(position) - widths[position])
            if step > 0 { widths[position] += step; slack -= step }
        }
    }

    private static func minimumWidth(_ shown: [Int], _ columns: [TableColumn]) -> Int {
        shown.reduce(0) { $0 + columns[$1].minimum } + max(0, shown.count - 1)
    }
}
