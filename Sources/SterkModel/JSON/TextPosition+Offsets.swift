extension TextPosition {
    /// The positions of many byte offsets, found in one pass over `bytes` (offsets sorted
    /// first): linear in the file, n log n in the offsets. Columns count Unicode scalars.
    public static func of(offsets: [Int], in bytes: [UInt8]) -> [Int: TextPosition] {
        var result: [Int: TextPosition] = [:]
        result.reserveCapacity(offsets.count)
        var index = 0, line = 1, column = 1
        for offset in Set(offsets).sorted() {
            let end = min(max(0, offset), bytes.count)
            while index < end {
                let byte = bytes[index]
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                index += 1
            }
            result[offset] = TextPosition(line: line, column: column)
        }
        return result
    }
}
