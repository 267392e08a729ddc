/// Appends little-endian numbers, varints and strings to a growing byte array.
///
/// The compact focus-area store and the dataset cache are written with this; `ByteReader`
/// reads them back. Every read is bounds-checked, so garbage bytes fail, never crash.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func varint(_ value: Int) {
        var rest = UInt64(truncatingIfNeeded: value)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func uint64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func uint32(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func double(_ value: Double) { uint64(value.bitPattern) }

    /// A string stored in place: varint length, then its UTF-8 bytes.
    mutating func inline(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            varint(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Pads with zero bytes to a multiple of `alignment`.
    mutating func align(_ alignment: Int) {
        while bytes.count % alignment != 0 { bytes.append(0) }
    }
}

/// Why compact bytes could not be read: they are not what the writer wrote.
struct CompactFormatError: Error {}

/// Reads what `ByteWriter` wrote from raw memory, checking every bound.
struct ByteReader {
    let base: UnsafeRawPointer
    let end: Int
    var position: Int

    init(base: UnsafeRawPointer, start: Int, end: Int) {
        self.base = base
        self.position = start
        self.end = end
    }

    mutating func byte() throws(CompactFormatError) -> UInt8 {
        guard position < end else { throw CompactFormatError() }
        defer { position += 1 }
        return base.load(fromByteOffset: position, as: UInt8.self)
    }

    mutating func varint() throws(CompactFormatError) -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            result |= UInt64(next & 0x7F) << shift
            if next < 0x80 { break }
            shift += 7
            guard shift < 64 else { throw CompactFormatError() }
        }
        guard result <= UInt64(Int.max) else { throw CompactFormatError() }
        return Int(result)
    }

    mutating func double() throws(CompactFormatError) -> Double {
        guard position + 8 <= end else { throw CompactFormatError() }
        defer { position += 8 }
        return Double(bitPattern: UInt64(littleEndian: base.loadUnaligned(fromByteOffset: position, as: UInt64.self)))
    }

    /// The byte range of an inline string, without making a `String`.
    mutating func inlineRange() throws(CompactFormatError) -> Range<Int> {
        let count = try varint()
        guard count <= end - position else { throw CompactFormatError() }
        defer { position += count }
        return position..<position + count
    }

    mutating func inline() throws(CompactFormatError) -> String {
        let range = try inlineRange()
        return String(
            decoding: UnsafeRawBufferPointer(start: base + range.lowerBound, count: range.count), as: UTF8.self)
    }
}
