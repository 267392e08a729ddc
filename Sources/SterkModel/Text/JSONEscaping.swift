/// The scalars that JSON allows raw but that must not reach a reader raw: C1 controls, DEL,
/// bidi overrides and isolates (they reorder what a reader sees) and the line/paragraph
/// separators U+2028/2029 (line breaks to JavaScript and some editors).
public enum JSONEscaping {
    /// True for a scalar written as `\uXXXX` in every JSON output.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value) || value == 0x2028 || value == 0x2029
    }

    /// `\u0085`: the escape for one scalar of the Basic Multilingual Plane.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Encoded JSON with every raw `needsEscape` scalar replaced by its escape. Safe on any
    /// JSON text: outside strings JSON is ASCII, so such scalars can only stand inside one.
    public static func escapingRaw(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(where: { $0 >= 0x7F }) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x7F || (byte == 0xC2 && index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1])) {
                let value = byte == 0x7F ? 0x7F : UInt32(bytes[index + 1])
                result += Array(escape(Unicode.Scalar(value) ?? "?").utf8)
                index += byte == 0x7F ? 1 : 2
            } else if byte == 0xE2, index + 2 < bytes.count, let scalar = threeByteScalar(bytes, index),
                needsEscape(scalar)
            {
                result += Array(escape(scalar).utf8)
                index += 3
            } else {
                result.append(byte)
                index += 1
            }
        }
        return result
    }

    private static func threeByteScalar(_ bytes: [UInt8], _ index: Int) -> Unicode.Scalar? {
        let value =
            (UInt32(bytes[index] & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6)
            | UInt32(bytes[index + 2] & 0x3F)
        return Unicode.Scalar(value)
    }
}
