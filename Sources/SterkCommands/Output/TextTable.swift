import SterkUI

/// One column of a plain-text table.
struct TableColumn {
    let title: String
    var alignRight = false
    /// Columns with a lower priority are dropped first when the terminal is too narrow.
    var priority = 1
    /// The column that gives up width (truncated with "…") before columns are dropped.
    var flexible = false
}

/// A plain-text table that fits a terminal width when one is given, and never truncates in pipes.
struct TextTable {
    let columns: [TableColumn]
    let rows: [[String]]
    static let gap = 2

    func render(width: Int?) -> String {
        let clean = rows.map { $0.map(ControlFree.text) }
        var visible = Array(columns.indices)
        var widths = naturalWidths(clean)
        if let width { fit(&visible, &widths, into: width) }
        let header = line(visible.map { columns[$0].title }, visible, widths)
        let rule = line(visible.map { String(repeating: "─", count: widths[$0]) }, visible, widths)
        let body = clean.map { row in line(visible.map { row[$0] }, visible, widths) }
        return ([header, rule] + body).joined(separator: "\n") + "\n"
    }

    private func naturalWidths(_ rows: [[String]]) -> [Int] {
        columns.indices.map { index in
            rows.reduce(DisplayWidth.of(columns[index].title)) { max($0, DisplayWidth.of($1[index])) }
        }
    }

    private func totalWidth(_ visible: [Int], _ widths: [Int]) -> Int {
        visible.reduce(0) { $0 + widths[$1] } + Self.gap * max(0, visible.count - 1)
    }

    /// Shrinks the flexible column to a floor, then drops low-priority columns until it fits.
    private func fit(_ visible: inout [Int], _ widths: inout [Int], into width: Int) {
        let flexible = columns.indices.filter { columns[$0].flexible }
        for index in flexible {
            let excess = totalWidth(visible, widths) - width
            if excess > 0 { widths[index] = max(12, widths[index] - excess) }
        }
        while totalWidth(visible, widths) > width, visible.count > 1,
              let drop = visible.min(by: { (columns[$0].priority, -$0) < (columns[$1].priority, -$1) }),
              columns[drop].priority < Int.max {
            visible.removeAll { $0 == drop }
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
