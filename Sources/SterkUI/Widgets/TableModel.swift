import SterkModel

/// One cell's text and role.
typealias TableCell = Span

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

/// Rows made on demand, for tables too big to build row by row at start-up (a million
/// focus areas). Only visible rows are ever asked for their cells.
protocol LazyTableRows: Sendable {
    var count: Int { get }
    func row(_ index: Int) -> TableRow
    var searchKeys: FoldedKeys { get }
    func isM50(_ index: Int) -> Bool
    func provinceCode(_ index: Int) -> String?
    func target(_ index: Int) -> Target
    func position(of target: Target) -> Int?
    func sortedOrder(column: Int, ascending: Bool) -> [Int]
}

/// The immutable contents of a table panel.
struct TableModel: Sendable {
    var columns: [TableColumn]
    /// The column sorted by when the panel opens (nil: dataset order).
    var sortable: Bool
    /// The widest cell of each column (its title included), measured once: what `ColumnLayout`
    /// grows columns toward. A lazy table measures its first `contentSample` rows.
    let contentWidths: [Int]
    private let storage: Storage

    private enum Storage: Sendable {
        case rows([TableRow], FoldedKeys)
        case lazy(any LazyTableRows)
    }

    /// A table whose rows are all built now (small tables).
    init(columns: [TableColumn], rows: [TableRow], sortable: Bool) {
        self.columns = columns
        self.sortable = sortable
        storage = .rows(rows, FoldedKeys(folded: rows.map(\.searchKey)))
        contentWidths = Self.measure(columns, rows)
    }

    /// How many rows of a lazy table are measured for `contentWidths`.
    static let contentSample = 256

    /// The widest cell of each column (one cell more for the sort mark beside a title).
    private static func measure(_ columns: [TableColumn], _ rows: [TableRow]) -> [Int] {
        var widths = columns.map { DisplayWidth.of($0.title) + 1 }
        for row in rows {
            for (index, cell) in row.cells.enumerated() where index < widths.count {
                widths[index] = max(widths[index], DisplayWidth.of(cell.text))
            }
        }
        return widths
    }

    /// A table whose rows are made when shown.
    init(columns: [TableColumn], lazy: any LazyTableRows, sortable: Bool) {
        self.columns = columns
        self.sortable = sortable
        storage = .lazy(lazy)
        contentWidths = Self.measure(columns, (0..<min(lazy.count, Self.contentSample)).map(lazy.row))
    }

    /// Every row, made on access for a lazy table: for small tables and tests, not per frame.
    var rows: [TableRow] {
        switch storage {
        case let .rows(rows, _): return rows
        case let .lazy(source): return (0..<source.count).map(source.row)
        }
    }

    var rowCount: Int {
        switch storage {
        case let .rows(rows, _): return rows.count
        case let .lazy(source): return source.count
        }
    }

    func row(_ index: Int) -> TableRow {
        switch storage {
        case let .rows(rows, _): return rows[index]
        case let .lazy(source): return source.row(index)
        }
    }

    /// The folded search keys of all rows in one buffer.
    var searchKeys: FoldedKeys {
        switch storage {
        case let .rows(_, keys): return keys
        case let .lazy(source): return source.searchKeys
        }
    }

    func isM50(_ index: Int) -> Bool {
        switch storage {
        case let .rows(rows, _): return rows[index].isM50
        case let .lazy(source): return source.isM50(index)
        }
    }

    func provinceCode(_ index: Int) -> String? {
        switch storage {
        case let .rows(rows, _): return rows[index].provinceCode
        case let .lazy(source): return source.provinceCode(index)
        }
    }

    func target(_ index: Int) -> Target {
        switch storage {
        case let .rows(rows, _): return rows[index].target
        case let .lazy(source): return source.target(index)
        }
    }

    /// The row that shows `target`, if any.
    func position(of target: Target) -> Int? {
        switch storage {
        case let .rows(rows, _): return rows.firstIndex { $0.target == target }
        case let .lazy(source): return source.position(of: target)
        }
    }

    /// Row indices ordered by a column (stable; gaps last).
    func sortedOrder(column: Int, ascending: Bool) -> [Int] {
        switch storage {
        case let .lazy(source): return source.sortedOrder(column: column, ascending: ascending)
        case let .rows(rows, _):
            return rows.indices.sorted { left, right in
                let order = compare(rows[left].sortKeys[column], rows[right].sortKeys[column], ascending: ascending)
                return order ?? (left < right)
            }
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

/// The kernel's table view draws a table model's visible rows.
extension TableModel: TableRows {
    func cells(_ index: Int) -> [Span] { row(index).cells }
}
