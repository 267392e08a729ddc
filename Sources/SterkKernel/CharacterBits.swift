/// A `Character`'s stored bits, for fast paths that fall back to the real operation.
///
/// Identical bits are an identical character, so comparing them is always safe; it is fast
/// because nearly every character on screen is a short string stored inline, the same way
/// each time. When the bits differ, callers use `==` or the Unicode properties as before.
enum CharacterBits {
    typealias Bits = (UInt64, UInt64)

    @inline(__always)
    static func of(_ character: Character) -> Bits? {
        withUnsafeBytes(of: character) { bytes in
            guard bytes.count == 16 else { return nil }
            return (bytes.load(as: UInt64.self), bytes.load(fromByteOffset: 8, as: UInt64.self))
        }
    }

    @inline(__always)
    static func same(_ a: Character, _ b: Character) -> Bool {
        guard let x = of(a), let y = of(b) else { return false }
        return x == y
    }

    /// The stored bits of each printable ASCII character (space to "~"), nil for the rest.
    static let printableASCII: [Bits?] = (0..<128).map { byte in
        (0x20..<0x7F).contains(byte) ? of(Character(Unicode.Scalar(UInt8(byte)))) : nil
    }
}

extension Character {
    /// The byte of a printable ASCII character, without Unicode processing; nil for any other
    /// character (and, harmlessly, for one stored in an unusual way).
    @inline(__always)
    public var printableASCIIByte: UInt8? {
        guard let bits = CharacterBits.of(self) else { return nil }
        let candidate = UInt8(truncatingIfNeeded: bits.0)  // an inline ASCII string starts with its byte
        guard candidate < 0x80, let known = CharacterBits.printableASCII[Int(candidate)], known == bits else {
            return nil
        }
        return candidate
    }
}
