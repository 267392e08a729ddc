/// A set of row numbers as a bit field: membership is one shift and mask, and a million
/// rows take 128 KB instead of a hash table's tens of megabytes.
public struct RowSet: Sendable, Equatable, ExpressibleByArrayLiteral {
    @usableFromInline var words: [UInt64] = []
    /// How many rows are in the set.
    public private(set) var count = 0

    public init() {}

    public init(arrayLiteral rows: Int...) { self.init(rows) }

    public init(_ rows: some Sequence<Int>) {
        for row in rows { insert(row) }
    }

    public var isEmpty: Bool { count == 0 }

    @inlinable public func contains(_ row: Int) -> Bool {
        guard row >= 0, row >> 6 < words.count else { return false }
        return words[row >> 6] & (1 << UInt64(row & 63)) != 0
    }

    public mutating func insert(_ row: Int) {
        guard row >= 0 else { return }
        if row >> 6 >= words.count { words.append(contentsOf: repeatElement(0, count: (row >> 6) - words.count + 1)) }
        let mask: UInt64 = 1 << UInt64(row & 63)
        if words[row >> 6] & mask == 0 { count += 1 }
        words[row >> 6] |= mask
    }
}
