extension UnicodeWidthTable {
    /// The class of a code point: a binary search over the generated runs.
    static func kind(_ value: UInt32) -> Kind {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= value { low = middle + 1 } else { high = middle }
        }
        guard low > 0, value <= ends[low - 1] else { return .narrow }
        return Kind(rawValue: kinds[low - 1]) ?? .narrow
    }
}
