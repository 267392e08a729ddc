/// Finds the first byte that is not valid UTF-8, so a dataset in another encoding is refused
/// with its line and column instead of being read with U+FFFD in place of its letters.
public enum UTF8Check {
    /// The offset of the first invalid byte (a stray continuation byte, an overlong form, a
    /// surrogate, a value above U+10FFFF or a sequence cut short), or nil when all is valid.
    public static func firstInvalid(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            var index = 0
            let count = buffer.count
            while index < count {
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                guard let length = sequenceLength(lead), index + length <= count,
                    isValid(buffer, at: index, length: length)
                else { return index }
                index += length
            }
            return nil
        }
    }

    private static func sequenceLength(_ lead: UInt8) -> Int? {
        switch lead {
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: nil
        }
    }

    private static func isValid(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Bool {
        var value = UInt32(buffer[index]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            let byte = buffer[index + offset]
            guard byte & 0xC0 == 0x80 else { return false }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        switch length {
        case 3: return value >= 0x800 && !(0xD800...0xDFFF).contains(value)
        case 4: return value >= 0x10000 && value <= 0x10FFFF
        default: return true
        }
    }
}
