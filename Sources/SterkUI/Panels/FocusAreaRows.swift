import SterkModel

/// The Focusgebieden rows straight from the compact store: cells are made for visible rows
/// only, search runs over the store's folded keys, sorts read its columns.
struct FocusAreaRows: LazyTableRows {
    let areas: FocusAreaList
    let unicode: Bool
    /// Rows already made: a row move then makes one new row, not a screenful.
    let made = Memo<Int, TableRow>(limit: 512)

    var store: FocusAreaStore { areas.store }
    var count: Int { store.count }
    var searchKeys: FoldedKeys { store.searchKeys }

    func row(_ index: Int) -> TableRow {
        made.value(index) {
            FocusAreaTable.row(
                areas[index], position: store.municipalityPosition(index), context: store.context,
                searchKey: store.searchKey(index), unicode: unicode)
        }
    }

    func isM50(_ index: Int) -> Bool { store.context.isM50[store.municipalityPosition(index)] }
    func provinceCode(_ index: Int) -> String? { store.context.provinceCodes[store.municipalityPosition(index)] }
    func target(_ index: Int) -> Target { .focusArea(store.id(index)) }

    func position(of target: Target) -> Int? {
        guard case let .focusArea(id) = target else { return nil }
        return store.row(ofID: id)
    }

    func sortedOrder(column: Int, ascending: Bool) -> [Int] {
        let context = store.context
        switch column {
        case 0:
            return withExtendedLifetime(store) {
                ColumnSort.byBytes(count: count, ascending: ascending, bytes: store.foldedName)
            }
        case 1:
            return ColumnSort.byRank(
                count: count, ascending: ascending,
                rank: ColumnSort.ranks(context.municipalityNames.map(SearchFold.fold))
            ) {
                store.municipalityPosition($0)
            }
        case 2:
            return ColumnSort.byRank(
                count: count, ascending: ascending,
                rank: ColumnSort.ranks(context.provinceNames.map(SearchFold.fold))
            ) {
                store.municipalityPosition($0)
            }
        case 3, 4:
            return ColumnSort.byNumber(count: count, ascending: ascending) { store.value($0, column: column - 3) }
        default:
            return ColumnSort.byRank(count: count, ascending: ascending, rank: context.isM50.map { $0 ? 1 : 0 }) {
                store.municipalityPosition($0)
            }
        }
    }
}

/// Sorting row indices by a column without making rows: stable (ties keep dataset order),
/// gaps last in both directions — the same order `TableModel` gives small tables.
enum ColumnSort {
    /// Ranks of texts by Swift's string order; equal texts share a rank.
    static func ranks(_ texts: [String]) -> [Int] {
        let sorted = Array(Set(texts)).sorted()
        var rankOf: [String: Int] = [:]
        for (rank, text) in sorted.enumerated() { rankOf[text] = rank }
        return texts.map { rankOf[$0] ?? 0 }
    }

    /// Small integer keys (a rank per group): one sort of packed (key, row) numbers.
    static func byRank(count: Int, ascending: Bool, rank: [Int], group: (Int) -> Int) -> [Int] {
        let top = UInt64(rank.max() ?? 0)
        var packed = [UInt64](repeating: 0, count: count)
        for row in 0..<count {
            let key = UInt64(rank[group(row)])
            packed[row] = (ascending ? key : top - key) << 32 | UInt64(row)
        }
        packed.sort()
        return packed.map { Int($0 & 0xFFFF_FFFF) }
    }

    /// Numbers with gaps: present values sorted, then the gaps in dataset order.
    static func byNumber(count: Int, ascending: Bool, value: (Int) -> Double?) -> [Int] {
        var keys = [Double](repeating: 0, count: count)
        var present: [Int] = [], missing: [Int] = []
        present.reserveCapacity(count)
        for row in 0..<count {
            if let number = value(row) { keys[row] = number; present.append(row) } else { missing.append(row) }
        }
        present.sort { left, right in
            let a = keys[left], b = keys[right]
            if a != b { return ascending ? a < b : a > b }
            return left < right
        }
        return present + missing
    }

    /// Texts as folded UTF-8 bytes: an 8-byte big-endian prefix decides most comparisons.
    static func byBytes(count: Int, ascending: Bool, bytes: (Int) -> UnsafeRawBufferPointer) -> [Int] {
        var prefixes = [UInt64](repeating: 0, count: count)
        for row in 0..<count {
            let buffer = bytes(row)
            var prefix: UInt64 = 0
            for index in 0..<8 { prefix = prefix << 8 | UInt64(index < buffer.count ? buffer[index] : 0) }
            prefixes[row] = prefix
        }
        var order = Array(0..<count)
        order.sort { left, right in
            let a = prefixes[left], b = prefixes[right]
            if a != b { return ascending ? a < b : a > b }
            let full = compare(bytes(left), bytes(right))
            if full != 0 { return ascending ? full < 0 : full > 0 }
            return left < right
        }
        return order
    }

    private static func compare(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int {
        for index in 0..<min(a.count, b.count) where a[index] != b[index] { return a[index] < b[index] ? -1 : 1 }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }
}
