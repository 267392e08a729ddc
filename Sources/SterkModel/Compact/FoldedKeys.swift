#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Folded search keys of many rows in one contiguous buffer, each followed by a 0 byte.
///
/// A query is folded once and searched as bytes: the first keystroke scans the whole buffer
/// with `memchr`, each further keystroke only the rows that matched before.
public struct FoldedKeys: Sendable {
    let blob: ByteBlob
    /// Absolute offset of the first key byte.
    let keysStart: Int
    /// Absolute offset of the `count + 1` UInt64 key offsets (relative to `keysStart`).
    let offsetsStart: Int
    public let count: Int

    init(blob: ByteBlob, keysStart: Int, offsetsStart: Int, count: Int) {
        self.blob = blob
        self.keysStart = keysStart
        self.offsetsStart = offsetsStart
        self.count = count
    }

    /// Keys that are already folded (small tables and documents).
    public init(folded keys: [String]) {
        var writer = ByteWriter()
        var offsets: [UInt64] = [0]
        var text: [UInt8] = []
        for key in keys {
            text.append(contentsOf: key.utf8)
            text.append(0)
            offsets.append(UInt64(text.count))
        }
        for offset in offsets { writer.uint64(offset) }
        let keysStart = writer.bytes.count
        writer.bytes.append(contentsOf: text)
        self.init(blob: ByteBlob(copying: writer.bytes), keysStart: keysStart, offsetsStart: 0, count: keys.count)
    }

    @inline(__always) private func offset(_ entry: Int) -> Int {
        Int(blob.uint64(at: offsetsStart + entry * 8))
    }

    /// Row `row`'s key as text.
    public func key(_ row: Int) -> String {
        String(
            decoding: UnsafeRawBufferPointer(
                start: blob.base + keysStart + offset(row), count: offset(row + 1) - offset(row) - 1),
            as: UTF8.self)
    }

    /// The rows whose key contains `foldedQuery`, in the order of `candidates` (all rows when nil).
    public func rows(containing foldedQuery: String, among candidates: [Int]? = nil) -> [Int] {
        let needle = Array(foldedQuery.utf8)
        guard !needle.isEmpty else { return candidates ?? Array(0..<count) }
        guard let candidates else { return scanAll(needle) }
        return needle.withUnsafeBytes { pattern -> [Int] in
            guard let patternBase = pattern.baseAddress else { return [] }
            var result: [Int] = []
            for row in candidates where row >= 0 && row < count {
                let start = offset(row), length = offset(row + 1) - start - 1
                if length >= needle.count,
                    ByteSearch.find(blob.base + keysStart + start, length, patternBase, needle.count) != nil
                {
                    result.append(row)
                }
            }
            return result
        }
    }

    /// One pass of `ByteSearch.find` over the whole buffer; a hit is mapped to its row by walking the
    /// offsets forward, and the search resumes at the next row. The 0 separators keep a match
    /// inside one key.
    private func scanAll(_ needle: [UInt8]) -> [Int] {
        let end = offset(count)
        return needle.withUnsafeBytes { pattern -> [Int] in
            guard let patternBase = pattern.baseAddress else { return [] }
            var result: [Int] = []
            var row = 0
            var position = 0
            while position < end, row < count {
                guard
                    let hit = ByteSearch.find(
                        blob.base + keysStart + position, end - position, patternBase, needle.count)
                else { break }
                let hitOffset = UnsafeRawPointer(hit) - (blob.base + keysStart)
                while offset(row + 1) <= hitOffset { row += 1 }
                result.append(row)
                row += 1
                position = offset(row)
            }
            return result
        }
    }
}

extension FocusAreaStore {
    /// The folded search keys of every row, for incremental search.
    public var searchKeys: FoldedKeys {
        FoldedKeys(
            blob: blob, keysStart: sections[Section.keys.rawValue].lowerBound,
            offsetsStart: sections[Section.keyOffsets.rawValue].lowerBound, count: count)
    }
}

/// `memmem` is a GNU extension that Swift's Glibc module does not export: `memchr` for the
/// first byte, `memcmp` for the rest.
enum ByteSearch {
    static func find(_ haystack: UnsafeRawPointer, _ length: Int, _ needle: UnsafeRawPointer, _ count: Int)
        -> UnsafeRawPointer?
    {
        guard count > 0, length >= count else { return count == 0 ? haystack : nil }
        let first = Int32(needle.load(as: UInt8.self))
        var position = haystack
        let last = haystack + (length - count)
        while position <= last {
            guard let hit = memchr(position, first, last - position + 1) else { return nil }
            let candidate = UnsafeRawPointer(hit)
            if count == 1 || memcmp(candidate + 1, needle + 1, count - 1) == 0 { return candidate }
            position = candidate + 1
        }
        return nil
    }
}
