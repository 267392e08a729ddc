import SterkUI

/// One column of a plain-text table (the dashboard's tables have `TableColumn`).
struct TextColumn {
    let title: String
    var alignRight = false
    /// Drop order when the terminal is too narrow, read as in the dashboard's tables
    /// (`ColumnDrop`): the highest number goes first, the later column on a tie; 0 never goes.
    var priority = 1
    /// The narrowest this column may be cut to (with "…"); nil: never cut, dropped instead.
    var minWidth: Int?

    init(title: String, alignRight: Bool = false, priority: Int = 1, minWidth: Int? = nil) {
        self.title = title
        self.alignRight = alignRight
        self.priority = priority
        self.minWidth = minWidth
    }

    /// A column that gives up width (cut with "…") before others are dropped; floor 12 cells.
    init(title: String, alignRight: Bool = false, priority: Int = 1, flexible: Bool) {
        self.init(title: title, alignRight: alignRight, priority: priority, minWidth: flexible ? 12 : nil)
    }

    /// A dataset table's column as `sterk lijst` shows it: the shared title and alignment,
    /// the listing's drop order and cut floor.
    init(_ definition: ColumnDefinition) {
        self.init(
            title: definition.title, alignRight: definition.alignRight,
            priority: definition.listing?.priority ?? 1, minWidth: definition.listing?.cutTo)
    }
}

/// A plain-text table that fits a terminal width when one is given, and never truncates in pipes.
///
/// Fitting: the widest cuttable column gives up a cell at a time down to its floor; when
/// that is not enough the column with the highest drop number goes and fitting starts again from the
/// natural widths, so the room it leaves goes back to the columns that were cut. A line
/// under the table names what was left out, so a person knows it exists.
struct TextTable {
    let columns: [TextColumn]
    let rows: [[String]]
    static let gap = 2

    func render(width: Int?) -> String {
        let clean = rows.map { $0.map(ControlFree.text) }
        let natural = naturalWidths(clean)
        var visible = Array(columns.indices)
        var widths = natural
        if let width { (visible, widths) = fit(natural, into: width) }
        let header = line(visible.map { columns[$0].title }, visible, widths)
        let rule = line(visible.map { String(repeating: "─", count: widths[$0]) }, visible, widths)
        let body = clean.map { row in line(visible.map { row[$0] }, visible, widths) }
        var lines = [header, rule] + body
        // Columns that may not be dropped can still be wider than a narrow terminal: cut
        // the line rather than let it wrap and break every row below it.
        if let width { lines = lines.map { DisplayWidth.of($0) > width ? DisplayWidth.truncate($0, to: width) : $0 } }
        let hidden = columns.indices.filter { !visible.contains($0) }.map { columns[$0].title }
        if !hidden.isEmpty, let width {
            lines.append(DisplayWidth.truncate(DutchListing.hiddenColumns(hidden), to: width))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func naturalWidths(_ rows: [[String]]) -> [Int] {
        columns.indices.map { index in
            rows.reduce(DisplayWidth.of(columns[index].title)) { max($0, DisplayWidth.of($1[index])) }
        }
    }

    private func totalWidth(_ visible: [Int], _ widths: [Int]) -> Int {
        visible.reduce(0) { $0 + widths[$1] } + Self.gap * max(0, visible.count - 1)
    }

    /// The columns to show and their widths within `width`.
    private func fit(_ natural: [Int], into width: Int) -> ([Int], [Int]) {
        var visible = Array(columns.indices)
        while true {
            var widths = natural
            shrink(&widths, visible, by: totalWidth(visible, widths) - width)
            guard totalWidth(visible, widths) > width, visible.count > 1,
                let drop = ColumnDrop.next(among: visible, priority: { columns[$0].priority })
            else { return (visible, widths) }
            visible.removeAll { $0 == drop }
        }
    }

    /// Takes `excess` cells from the cuttable columns, always from the one furthest above its floor.
    private func shrink(_ widths: inout [Int], _ visible: [Int], by excess: Int) {
        var excess = excess
        let cuttable = visible.compactMap { index in columns[index].minWidth.map { (index, $0) } }
        while excess > 0 {
            let room = cuttable.map { ($0.0, widths[$0.0] - min($0.1, widths[$0.0])) }
            guard let widest = room.max(by: { $0.1 < $1.1 }), widest.1 > 0 else { return }
            let step = min(excess, max(1, widest.1 - (room.filter { $0.0 != widest.0 }.map(\.1).max() ?? 0)))
            widths[widest.0] -= step
            excess -= step
        }
    }

    private func line(_ cells: [String], _ visible: [Int], _ widths: [Int]) -> String {
        var parts: [String] = []
        for (cell, index) in zip(cells, visible) {
            parts.append(DisplayWidth.pad(cell, to: widths[index], alignRight: columns[index].alignRight))
        }
        var text = parts.joined(separator: String(repeating: " ", count: Self.gap))
        while text.last == " " { text.removeLast() }
        return text
    }
}
