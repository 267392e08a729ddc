import Testing
@testable import SterkModel

/// Invalid UTF-8 is found where it starts; valid text of every length passes.
@Suite struct UTF8CheckTests {
    @Test func validTextPasses() {
        #expect(UTF8Check.firstInvalid(Array("Súdwest-Fryslân ’s-Gravenhage 日本 🇳🇱".utf8)) == nil)
        #expect(UTF8Check.firstInvalid([]) == nil)
    }

    @Test(arguments: [
        ([0x61, 0xFF], 1),  // a byte that is never UTF-8
        ([0x61, 0x62, 0xE9, 0x63], 2),  // Latin-1 é
        ([0x80], 0),  // a stray continuation byte
        ([0xC0, 0xAF], 0),  // overlong "/"
        ([0xE0, 0x80, 0xAF], 0),  // overlong, three bytes
        ([0xED, 0xA0, 0x80], 0),  // a UTF-16 surrogate
        ([0xF4, 0x90, 0x80, 0x80], 0),  // above U+10FFFF
        ([0x61, 0xE2, 0x82], 1),  // cut short at the end
    ])
    func invalidBytesAreFound(bytes: [UInt8], offset: Int) {
        #expect(UTF8Check.firstInvalid(bytes) == offset)
    }
}
