import Testing
@testable import SterkModel

/// Positions of many offsets in one pass agree with counting from the start for each.
@Suite struct TextPositionTests {
    @Test func onePassMatchesCountingEachTime() {
        let text = "{\n  \"naam\": \"Súdwest-Fryslân\",\n\n  \"x\": \"日本\", \"y\": 1\n}\n"
        let bytes = Array(text.utf8)
        let offsets = Array(0...bytes.count).filter { $0 == bytes.count || bytes[$0] & 0xC0 != 0x80 }
        let positions = TextPosition.of(offsets: offsets.reversed() + offsets, in: bytes)
        for offset in offsets {
            #expect(positions[offset] == TextPosition.of(offset: offset, in: bytes), "offset \(offset)")
        }
    }
}
