import Testing
@testable import SterkTerminal

@Suite("OSC 52 clipboard")
struct ClipboardSequenceTests {
    @Test(arguments: [
        ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy"),
    ])
    func base64MatchesRFC4648(input: String, expected: String) {
        #expect(String(decoding: Base64.encode(Array(input.utf8)), as: UTF8.self) == expected)
    }

    @Test func plainSequenceCarriesUTF8() {
        let bytes = ClipboardSequence.bytes(for: "Ëlsterveld", insideTmux: false)
        #expect(String(decoding: bytes, as: UTF8.self) == "\u{1B}]52;c;w4tsc3RlcnZlbGQ=\u{1B}\\")
    }

    @Test func tmuxGetsPlainAndWrappedForms() {
        let text = String(decoding: ClipboardSequence.bytes(for: "ë", insideTmux: true), as: UTF8.self)
        let plain = "\u{1B}]52;c;w6s=\u{1B}\\"
        let wrapped = "\u{1B}Ptmux;\u{1B}\u{1B}]52;c;w6s=\u{1B}\u{1B}\\\u{1B}\\"
        #expect(text == plain + wrapped)
    }
}
