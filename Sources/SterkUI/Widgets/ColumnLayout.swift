/// Fits table columns into a width: drops low-priority columns first, then shares the slack.
enum ColumnLayout {
    /// (column index, x offset, width) for each shown column; one space between columns.
    static func fit(_ columns: [TableColumn], width: Int) -> [(column: Int, x: Int, width: Int)] {
        guard !columns.isEmpty, width > 0 else { return [] }
        var shown = Array(columns.indices)
        while shown.count > 1, minimumWidth(shown, columns) > width {
            let drop = shown.dropFirst().max { columns[$0].priority < columns[$1].priority } ?? shown[shown.count - 1]
            shown.removeAll { $0 == drop }
        }
        var widths = shown.map { columns[$0].minimum }
        var slack = width - minimumWidth(shown, columns)
        for (position, index) in shown.enumerated() where slack > 0 {
            let grow = min(slack, columns[index].preferred - widths[position])
            if grow > 0 { widths[position] += grow; slack -= grow }
        }
        if slack > 0, !widths.isEmpty { widths[0] += slack }
        if widths.count == 1 { widths[0] = width }
        var x = 0
        return zip(shown, widths).map { index, cellWidth in
            defer { x += cellWidth + 1 }
            return (index, x, cellWidth)
        }
    }

    private static func minimumWidth(_ shown: [Int], _ columns: [TableColumn]) -> Int {
        shown.reduce(0) { $0 + columns[$1].minimum } + max(0, shown.count - 1)
    }
}
