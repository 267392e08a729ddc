/// A column of a table: how wide it likes to be and how soon it is dropped when space runs out.
struct TableColumn: Sendable {
    var title: String
    var preferred: Int
    var minimum: Int
    /// Lower numbers stay longest; the first column (priority 0) never goes.
    var priority: Int
    var alignRight: Bool = false
}

/// One cell's text and role.
struct TableCell: Hashable, Sendable {
    var text: String
    var role: ThemeRole

    init(_ text: String, _ role: ThemeRole = .text) {
        self.text = text
        self.role = role
    }
}

/// What a column sorts by; missing values sort last in both directions.
enum SortKey: Sendable {
    case text(String)
    case number(Double?)
}

/// One table row with everything precomputed at load: cells, folded search key, sort keys.
struct TableRow: Sendable {
    var cells: [TableCell]
    var searchKey: String
    var sortKeys: [SortKey]
    var target: Target
    var isM50: Bool = false
    var provinceCode: String?
}

/// The immutable contents of a table panel.
struct TableModel: Sendable {
    var columns: [TableColumn]
    var rows: [TableRow]
    /// The column sorted by when the panel opens (nil: dataset order).
    var sortable: Bool

    /// Row indices ordered by a column (stable; gaps last).
    func sortedOrder(column: Int, ascending: Bool) -> [Int] {
        rows.indices.sorted { left, right in
            let order = compare(rows[left].sortKeys[column], rows[right].sortKeys[column], ascending: ascending)
            return order ?? (left < right)
        }
    }

    private func compare(_ a: SortKey, _ b: SortKey, ascending: Bool) -> Bool? {
        switch (a, b) {
        case let (.text(x), .text(y)):
            if x == y { return nil }
            return ascending ? x < y : x > y
        case let (.number(x), .number(y)):
            switch (x, y) {
            case (nil, nil): return nil
            case (nil, _): return false
            case (_, nil): return true
            case let (x?, y?): return x == y ? nil : (ascending ? x < y : x > y)
            }
        default:
            return nil
        }
    }
}
