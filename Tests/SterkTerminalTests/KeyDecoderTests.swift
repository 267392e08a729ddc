import SterkUI
import Testing
@testable import SterkTerminal

/// ncurses' key codes, spelled out so the test also pins them (curses.h, octal in comments).
private enum Code {
    static let ok: Int32 = 0, err: Int32 = -1, keyCodeYes: Int32 = 256  // 0400
    static let down: UInt32 = 258, up: UInt32 = 259, left: UInt32 = 260, right: UInt32 = 261
    static let home: UInt32 = 262, backspace: UInt32 = 263, f1: UInt32 = 265
    static let delete: UInt32 = 330, pageDown: UInt32 = 338, pageUp: UInt32 = 339
    static let enter: UInt32 = 343, backTab: UInt32 = 353, end: UInt32 = 360
    static let mouse: UInt32 = 409, resize: UInt32 = 410
}

@Suite("Key decoding")
struct KeyDecoderTests {
    private func character(_ value: UInt32) -> KeyDecoder.Decoded {
        KeyDecoder.decode(status: Code.ok, value: value)
    }

    private func keyCode(_ value: UInt32) -> KeyDecoder.Decoded {
        KeyDecoder.decode(status: Code.keyCodeYes, value: value)
    }

    @Test func enterArrivesThreeWays() {
        #expect(character(13) == .key(.enter))
        #expect(character(10) == .key(.enter))
        #expect(keyCode(Code.enter) == .key(.enter))
    }

    @Test func backspaceArrivesThreeWays() {
        #expect(character(127) == .key(.backspace))
        #expect(character(8) == .key(.backspace))
        #expect(keyCode(Code.backspace) == .key(.backspace))
    }

    @Test func controlsEscapeAndTab() {
        #expect(character(3) == .key(.control("c")))
        #expect(character(17) == .key(.control("q")))
        #expect(character(27) == .key(.escape))
        #expect(character(9) == .key(.tab))
        #expect(keyCode(Code.backTab) == .key(.backTab))
        #expect(character(0) == .ignored)
    }

    @Test func printableCharactersIncludingDiacritics() {
        #expect(character(0x71) == .key(.character("q")))
        #expect(character(0xEB) == .key(.character("ë")))
        #expect(character(0x2019) == .key(.character("’")))
    }

    @Test func navigationKeys() {
        #expect(keyCode(Code.up) == .key(.up))
        #expect(keyCode(Code.down) == .key(.down))
        #expect(keyCode(Code.left) == .key(.left))
        #expect(keyCode(Code.right) == .key(.right))
        #expect(keyCode(Code.home) == .key(.home))
        #expect(keyCode(Code.end) == .key(.end))
        #expect(keyCode(Code.pageUp) == .key(.pageUp))
        #expect(keyCode(Code.pageDown) == .key(.pageDown))
        #expect(keyCode(Code.delete) == .key(.delete))
    }

    @Test func functionKeys() {
        #expect(keyCode(Code.f1) == .key(.function(1)))
        #expect(keyCode(Code.f1 + 4) == .key(.function(5)))
        #expect(keyCode(Code.f1 + 11) == .key(.function(12)))
    }

    @Test func resizeMouseAndTimeout() {
        #expect(keyCode(Code.resize) == .resize)
        #expect(keyCode(Code.mouse) == .mouse)
        #expect(KeyDecoder.decode(status: Code.err, value: 0) == .timeout)
        #expect(keyCode(9999) == .ignored)
    }
}
