/// Every focus area in one block of bytes: records, folded search keys and the columns a
/// table sorts and filters by. Built once (at load, or read from the dataset cache);
/// rows become `FocusArea` values only when something asks for one.
public final class FocusAreaStore: Sendable {
    /// Sections of the blob, in layout order.
    enum Section: Int, CaseIterable {
        case recordOffsets, records, stringOffsets, strings, keyOffsets, keys, nameLengths, municipality,
            values, idSlots, sourceSet, inhabitantsSources
    }

    static let headerSize = 16 + Section.allCases.count * 16

    let blob: ByteBlob
    /// Where the store starts in the blob (the cache holds other bytes before it).
    let origin: Int
    public let count: Int
    let stringCount: Int
    let sections: [Range<Int>]
    let slotMask: Int
    public let context: FocusAreaContext

    /// Opens a store blob, checking that every section and offset table stays in bounds.
    init(blob: ByteBlob, origin: Int, length: Int, context: FocusAreaContext) throws(CompactFormatError) {
        guard origin >= 0, length >= Self.headerSize, origin + length <= blob.count else { throw CompactFormatError() }
        self.blob = blob
        self.origin = origin
        self.context = context
        let rows = blob.uint64(at: origin), strings = blob.uint64(at: origin + 8)
        guard rows < 1 << 40, strings < 1 << 40 else { throw CompactFormatError() }
        count = Int(rows)
        stringCount = Int(strings)
        var ranges: [Range<Int>] = []
        for index in 0..<Section.allCases.count {
            let start = blob.uint64(at: origin + 16 + index * 16), size = blob.uint64(at: origin + 24 + index * 16)
            guard start <= UInt64(length), size <= UInt64(length) - start else { throw CompactFormatError() }
            ranges.append(origin + Int(start)..<origin + Int(start) + Int(size))
        }
        sections = ranges
        let slots = ranges[Section.idSlots.rawValue].count / 4
        slotMask = slots - 1
        try checkShape(slots: slots)
    }

    private func checkShape(slots: Int) throws(CompactFormatError) {
        func size(_ section: Section) -> Int { sections[section.rawValue].count }
        guard size(.recordOffsets) == (count + 1) * 8, size(.stringOffsets) == (stringCount + 1) * 8,
            size(.keyOffsets) == (count + 1) * 8, size(.nameLengths) == count * 4, size(.municipality) == count * 4,
            size(.values) == count * 16, size(.sourceSet) == count * 4, size(.inhabitantsSources) == count * 4,
            slots > 0, slots & (slots - 1) == 0, slots > count
        else { throw CompactFormatError() }
        try checkOffsets(.recordOffsets, entries: count + 1, limit: size(.records))
        try checkOffsets(.stringOffsets, entries: stringCount + 1, limit: size(.strings))
        // Every key ends in a 0 byte, so its offsets rise strictly: equal ones would make
        // `keyRange` end before it starts (a trap) on a hand-made cache file.
        try checkOffsets(.keyOffsets, entries: count + 1, limit: size(.keys), strictlyRising: true)
        for row in 0..<count {
            guard Int(municipalityPosition(row)) < context.municipalityNames.count,
                Int(blob.uint32(at: sections[Section.nameLengths.rawValue].lowerBound + row * 4)) <= keyRange(row).count
            else { throw CompactFormatError() }
        }
    }

    /// Offsets must start at 0, never go down (with `strictlyRising`, always go up), and end
    /// inside their section.
    private func checkOffsets(
        _ section: Section, entries: Int, limit: Int, strictlyRising: Bool = false
    ) throws(CompactFormatError) {
        let start = sections[section.rawValue].lowerBound
        var previous: UInt64 = 0
        guard blob.uint64(at: start) == 0 else { throw CompactFormatError() }
        for entry in 0..<entries {
            let value = blob.uint64(at: start + entry * 8)
            guard value > previous || (value == previous && (entry == 0 || !strictlyRising)) else {
                throw CompactFormatError()
            }
            previous = value
        }
        guard previous <= UInt64(limit) else { throw CompactFormatError() }
    }

    @inline(__always) private func offset(_ section: Section, _ entry: Int) -> Int {
        Int(blob.uint64(at: sections[section.rawValue].lowerBound + entry * 8))
    }

    /// The absolute byte range of row `row`'s folded search key (without its separator).
    @inline(__always) func keyRange(_ row: Int) -> Range<Int> {
        let base = sections[Section.keys.rawValue].lowerBound
        return base + offset(.keyOffsets, row)..<base + offset(.keyOffsets, row + 1) - 1
    }

    /// The folded search key of a row.
    public func searchKey(_ row: Int) -> String {
        let range = keyRange(row)
        return String(
            decoding: UnsafeRawBufferPointer(start: blob.base + range.lowerBound, count: range.count), as: UTF8.self)
    }

    /// The municipality position of a row (see `FocusAreaContext`).
    @inline(__always) public func municipalityPosition(_ row: Int) -> Int {
        Int(blob.uint32(at: sections[Section.municipality.rawValue].lowerBound + row * 4))
    }

    /// Byte length of the folded name at the start of the row's search key.
    @inline(__always) func foldedNameLength(_ row: Int) -> Int {
        Int(blob.uint32(at: sections[Section.nameLengths.rawValue].lowerBound + row * 4))
    }

    /// Inhabitants (column 0) or low-welfare share (column 1); nil for a gap.
    @inline(__always) public func value(_ row: Int, column: Int) -> Double? {
        let bits = blob.uint64(at: sections[Section.values.rawValue].lowerBound + row * 16 + column * 8)
        let value = Double(bitPattern: bits)
        return value.isNaN ? nil : value
    }

    /// An interned string.
    func string(_ index: Int) throws(CompactFormatError) -> String {
        guard index >= 0, index < stringCount else { throw CompactFormatError() }
        let base = sections[Section.strings.rawValue].lowerBound
        let start = offset(.stringOffsets, index), end = offset(.stringOffsets, index + 1)
        return String(
            decoding: UnsafeRawBufferPointer(start: blob.base + base + start, count: end - start), as: UTF8.self)
    }

    /// The interned-string index of a per-row column (`sourceSet`, `inhabitantsSources`), nil when empty.
    func internedColumn(_ section: Section, _ row: Int) -> Int? {
        let value = blob.uint32(at: sections[section.rawValue].lowerBound + row * 4)
        return value == UInt32.max ? nil : Int(value)
    }

    /// Decodes one row. The bytes were checked when the store was made, so a failure here
    /// means memory was damaged after the checks; it yields a visible placeholder, never a crash.
    public func area(_ row: Int) -> FocusArea {
        let base = sections[Section.records.rawValue].lowerBound
        var reader = FocusAreaRecordReader(
            reader: ByteReader(
                base: blob.base, start: base + offset(.recordOffsets, row), end: base + offset(.recordOffsets, row + 1)),
            string: { (index: Int) throws(CompactFormatError) -> String in try self.string(index) })
        do { return try reader.area() } catch {
            return FocusArea(
                id: DutchFocusArea.unreadableID(row: row), name: DutchFocusArea.unreadable, name2022: nil,
                municipalityCode: "",
                cohort: .original, inhabitants: Figure(label: "", value: nil, unit: .persons, certainty: .gap),
                lowWelfareShare: Figure(label: "", value: nil, unit: .percent, certainty: .gap),
                location: Location(lat: 52, lon: 5))
        }
    }

    /// The row whose id is `id`, found through the hash slots (O(1)).
    public func row(ofID id: String) -> Int? {
        var id = id
        return id.withUTF8 { wanted -> Int? in
            var slot = Int(truncatingIfNeeded: FocusAreaStore.hash(wanted)) & slotMask
            let slots = sections[Section.idSlots.rawValue].lowerBound
            while true {
                let entry = Int(blob.uint32(at: slots + slot * 4))
                if entry == 0 { return nil }
                if entry - 1 < count, idBytesEqual(entry - 1, wanted) { return entry - 1 }
                slot = (slot + 1) & slotMask
            }
        }
    }

    private func idBytesEqual(_ row: Int, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        let base = sections[Section.records.rawValue].lowerBound
        var reader = ByteReader(
            base: blob.base, start: base + offset(.recordOffsets, row), end: base + offset(.recordOffsets, row + 1))
        guard let range = try? reader.inlineRange(), range.count == wanted.count else { return false }
        guard let address = wanted.baseAddress else { return range.isEmpty }
        return memcmpEqual(blob.base + range.lowerBound, address, wanted.count)
    }

    private func memcmpEqual(_ a: UnsafeRawPointer, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        for index in 0..<count where a.load(fromByteOffset: index, as: UInt8.self) != b[index] { return false }
        return true
    }

    /// FNV-1a over bytes: ids are short, so this is as fast as anything and needs no seed.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }
}

extension FocusAreaStore {
    /// A row's id without decoding the rest of its record.
    public func id(_ row: Int) -> String {
        let base = sections[Section.records.rawValue].lowerBound
        var reader = ByteReader(
            base: blob.base, start: base + offset(.recordOffsets, row), end: base + offset(.recordOffsets, row + 1))
        return (try? reader.inline()) ?? ""
    }

    /// The folded name's bytes (the start of the row's search key), for sorting by name.
    /// Valid while this store lives.
    public func foldedName(_ row: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: blob.base + keyRange(row).lowerBound, count: foldedNameLength(row))
    }

    /// The rows that cite source `id` in a figure or statement, in dataset order (one column pass).
    public func rows(citing id: String) -> [Int] {
        var cites: [Int: Bool] = [:]
        var result: [Int] = []
        for row in 0..<count {
            guard let set = internedColumn(.sourceSet, row) else { continue }
            let yes =
                cites[set]
                ?? {
                    let answer = ((try? string(set)) ?? "").split(separator: "\n").contains { $0 == id }
                    cites[set] = answer
                    return answer
                }()
            if yes { result.append(row) }
        }
        return result
    }

    /// The distinct source ids of all inhabitants figures, sorted.
    public func inhabitantsSourceIDs() -> [String] {
        var seen = Set<Int>()
        for row in 0..<count { if let set = internedColumn(.inhabitantsSources, row) { seen.insert(set) } }
        let ids = seen.flatMap { ((try? string($0)) ?? "").split(separator: "\n").map(String.init) }
        return Array(Set(ids)).sorted()
    }
}
