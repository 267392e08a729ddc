/// Builds a `FocusAreaStore` one focus area at a time (the loader streams them in).
public struct FocusAreaStoreBuilder {
    let context: FocusAreaContext
    private var records = ByteWriter()
    private var recordOffsets: [UInt64] = [0]
    private let strings = StringInterner()
    private var keys: [UInt8] = []
    private var keyOffsets: [UInt64] = [0]
    private var nameLengths: [UInt32] = []
    private var municipalities: [UInt32] = []
    private var values: [Double] = []
    private var sourceSets: [UInt32] = []
    private var inhabitantsSources: [UInt32] = []
    private var idHashes: [UInt64] = []

    /// Starts an empty store for a dataset's municipalities, provinces and M50 list.
    public init(context: FocusAreaContext) { self.context = context }

    /// The number of areas appended so far.
    public var count: Int { nameLengths.count }

    private func intern(_ text: String) -> Int { strings.intern(text) }

    /// Adds one focus area: its record, its folded search key and its table columns.
    public mutating func append(_ area: FocusArea) {
        let municipality = context.position(of: area.municipalityCode)
        FocusAreaRecord.encode(area, municipality: municipality, into: &records, intern: strings.intern)
        recordOffsets.append(UInt64(records.bytes.count))
        appendKey(area, municipality: municipality)
        municipalities.append(UInt32(municipality))
        values.append(area.inhabitants.value ?? .nan)
        values.append(area.lowWelfareShare.value ?? .nan)
        let cited = Set(area.inhabitants.sources + area.lowWelfareShare.sources + area.statements.flatMap(\.sources))
        sourceSets.append(cited.isEmpty ? UInt32.max : UInt32(intern(cited.sorted().joined(separator: "\n"))))
        inhabitantsSources.append(
            area.inhabitants.sources.isEmpty
                ? UInt32.max
                : UInt32(intern(area.inhabitants.sources.joined(separator: "\n"))))
        var id = area.id
        idHashes.append(id.withUTF8 { FocusAreaStore.hash($0) })
    }

    /// The same text the table used to fold per row: name, former name, id, municipality,
    /// province and "m50", separated by spaces; followed by a 0 byte that no query contains.
    private mutating func appendKey(_ area: FocusArea, municipality: Int) {
        let start = keys.count
        SearchFold.appendFolded(area.name, to: &keys)
        nameLengths.append(UInt32(keys.count - start))
        keys.append(0x20)
        SearchFold.appendFolded(area.name2022 ?? "", to: &keys)
        keys.append(0x20)
        SearchFold.appendFolded(area.id, to: &keys)
        keys.append(contentsOf: context.foldedSuffixes[municipality])
        keys.append(0)
        keyOffsets.append(UInt64(keys.count))
    }

    /// The finished store, in memory.
    public func finish() -> FocusAreaStore {
        // The layout is valid by construction; a failure would be a bug in this file.
        let bytes = blobBytes()
        do {
            return try FocusAreaStore(blob: ByteBlob(copying: bytes), origin: 0, length: bytes.count, context: context)
        } catch { preconditionFailure("FocusAreaStoreBuilder wrote an unreadable store") }
    }

    /// The store's bytes, exactly as the dataset cache keeps them.
    func blobBytes() -> [UInt8] {
        let slotCount = max(8, (count * 2).nextPowerOfTwo)
        var slots = [UInt32](repeating: 0, count: slotCount)
        for (row, hash) in idHashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & (slotCount - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slotCount - 1) }
            slots[slot] = UInt32(row + 1)
        }
        var parts: [[UInt8]] = []
        parts.append(Self.raw(recordOffsets))
        parts.append(records.bytes)
        parts.append(Self.raw(strings.offsets))
        parts.append(strings.bytes)
        parts.append(Self.raw(keyOffsets))
        parts.append(keys)
        parts.append(Self.raw(nameLengths))
        parts.append(Self.raw(municipalities))
        parts.append(Self.raw(values.map(\.bitPattern)))
        parts.append(Self.raw(slots))
        parts.append(Self.raw(sourceSets))
        parts.append(Self.raw(inhabitantsSources))
        var writer = ByteWriter()
        writer.uint64(UInt64(count))
        writer.uint64(UInt64(strings.offsets.count - 1))
        var position = FocusAreaStore.headerSize
        for part in parts {
            writer.uint64(UInt64(position))
            writer.uint64(UInt64(part.count))
            position += part.count
            position = (position + 7) & ~7
        }
        for part in parts {
            writer.bytes.append(contentsOf: part)
            writer.align(8)
        }
        return writer.bytes
    }

    private static func raw<T: FixedWidthInteger>(_ values: [T]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.count * MemoryLayout<T>.size)
        for value in values { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        return bytes
    }
}

extension Int {
    /// The smallest power of two that is at least this number (1 for 0).
    var nextPowerOfTwo: Int {
        var power = 1
        while power < self { power <<= 1 }
        return power
    }
}

/// Repeated text (labels, source ids, dates, notes) stored once; rows keep its index.
final class StringInterner {
    private var indices: [String: Int] = [:]
    private(set) var bytes: [UInt8] = []
    private(set) var offsets: [UInt64] = [0]

    func intern(_ text: String) -> Int {
        if let known = indices[text] { return known }
        let index = indices.count
        indices[text] = index
        bytes.append(contentsOf: text.utf8)
        offsets.append(UInt64(bytes.count))
        return index
    }
}
