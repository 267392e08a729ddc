#if canImport(Glibc)
    import Glibc
#endif
import Testing
@testable import SterkModel
@testable import SterkUI

/// Item 8 of issue 11: invisible characters, ZWJ sequences and flags take the cells the
/// terminal gives them, so nothing shifts and no cell goes stale.
@Suite("Unicode-breedte en onzichtbare tekens")
struct UnicodeWidthTests {
    static let invisible: [Unicode.Scalar] = [
        "\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{FEFF}",
        "\u{061C}", "\u{2060}", "\u{00AD}", "\u{2066}", "\u{E0041}",
    ]

    @Test("onzichtbare tekens nemen geen cel", arguments: invisible)
    func invisibleTakesNoCell(scalar: Unicode.Scalar) {
        let text = "ab" + String(Character(scalar)) + "cd"
        #expect(DisplayWidth.of(text) == 4)
        var buffer = ScreenBuffer(width: 6, height: 1)
        #expect(buffer.write(text, x: 0, y: 0) == 4)
        #expect(buffer.line(0) == "abcd")
    }

    @Test(
        "breedte van reeksen",
        arguments: [
            ("👨\u{200D}👩\u{200D}👧", 6, "👨👩👧"),  // ZWJ family: three wide emoji, joiners dropped
            ("🇳🇱", 2, "🇳🇱"),  // flag: two regional indicators of one cell
            ("❤\u{FE0F}", 1, "❤"),  // emoji presentation selector dropped
            ("👍🏽", 2, "👍"),  // skin tone after an emoji dropped
            ("🏳\u{FE0F}\u{200D}🌈", 3, "🏳🌈"),
            ("1\u{FE0F}\u{20E3}", 1, "1\u{20E3}"),  // keycap: the enclosing mark stays on its digit
            ("🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", 2, "🏴"),
            ("東京", 4, "東京"), ("e\u{301}", 1, "e\u{301}"), ("\u{1100}\u{1161}\u{11A8}", 2, "\u{1100}\u{1161}\u{11A8}"),
            ("\u{0378}x", 2, "\u{FFFD}x"),  // unassigned: the replacement character
            ("a\u{2028}b", 3, "a b"),
        ])
    func sequences(_ text: String, _ width: Int, _ drawn: String) {
        #expect(DisplayWidth.of(text) == width)
        var buffer = ScreenBuffer(width: 12, height: 1)
        #expect(buffer.write(text, x: 0, y: 0) == width)
        #expect(buffer.line(0) == drawn)
    }

    /// One rule for measuring and drawing: a tab or newline is drawn as a space and so measured
    /// as one cell; other controls are neither drawn nor measured. (They measured 0 and drew 1.)
    @Test(
        "meten en tekenen zijn het eens over stuurtekens",
        arguments: [
            ("a\tb", 3, "a b"), ("a\nb", 3, "a b"), ("a\r\nb", 3, "a b"), ("a\rb", 2, "ab"),
            ("a\u{1B}[31mb", 6, "a[31mb"), ("a\u{85}b", 2, "ab"), ("a\u{202E}b", 2, "ab"), ("\t\tx", 3, "  x"),
            ("é\t東", 4, "é 東"),
        ])
    func controlsMeasureAsDrawn(_ text: String, _ width: Int, _ drawn: String) {
        var buffer = ScreenBuffer(width: 12, height: 1)
        #expect(buffer.write(text, x: 0, y: 0) == width)
        #expect(DisplayWidth.of(text) == width)
        #expect(DisplayWidth.fits(text, in: width) && !DisplayWidth.fits(text, in: width - 1))
        #expect(buffer.line(0) == drawn)
        // Padding to a width fills exactly that many cells when drawn.
        var padded = ScreenBuffer(width: 12, height: 1)
        #expect(padded.write(DisplayWidth.pad(text, to: 8) + "|", x: 0, y: 0) == 9)
        #expect(padded[8, 0].character == "|")
    }

    @Test("hoogstens vier tekens op één basis (zoals een ncurses-cel)")
    func marksPerCell() {
        var buffer = ScreenBuffer(width: 3, height: 1)
        buffer.write("a" + String(repeating: "\u{301}", count: 9) + "b", x: 0, y: 0)
        #expect(buffer[0, 0].character.unicodeScalars.count == 5)
        #expect(buffer.line(0).hasSuffix("b"))
    }

    /// What the terminal measures: the C library's wcwidth in a UTF-8 locale (as ncurses and
    /// tmux do), an oracle independent of our table. Every cell the buffer holds must take in
    /// the terminal exactly the cells the buffer gives it: 2 when a continuation follows, else 1.
    @Test("elke cel is zo breed als de terminal hem meet (wcwidth), voor elk codepunt")
    func cellsAgreeWithWcwidth() throws {
        let wcwidth = try #require(CLibrary.wcwidth, "wcwidth not found in the C library")
        let utf8 = try #require(newlocale(LC_CTYPE_MASK, "C.UTF-8", nil))
        let previous = uselocale(utf8)
        defer { uselocale(previous); freelocale(utf8) }
        var disagreements: [String] = []
        var value: UInt32 = 0xA0
        while value < 0x3_2000 {
            defer { value += value < 0x2_0000 ? 1 : 97 }
            guard let scalar = Unicode.Scalar(value) else { continue }
            var buffer = ScreenBuffer(width: 4, height: 1)
            let used = buffer.write("x" + String(Character(scalar)), x: 0, y: 0)
            guard used > 1 else { continue }  // not drawn: nothing the terminal could disagree with
            let cell = buffer[1, 0]
            let expected = buffer[2, 0].isContinuation ? 2 : 1
            let measured = cell.character.unicodeScalars.reduce(Int32(0)) {
                $0 + wcwidth(wchar_t(bitPattern: $1.value))
            }
            if measured != expected { disagreements.append("U+\(String(value, radix: 16, uppercase: true))") }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) code points: \(disagreements.prefix(20))")
    }

    @Test("namen met onzichtbare tekens, emoji en vlaggen verschuiven de randen niet")
    func bordersStayPut() {
        var dataset = Fixtures.bundled
        let names = [
            "Oost\u{200B}\u{200E}wijk\u{FEFF}", "Familie 👨\u{200D}👩\u{200D}👧 Noord", "Vlag 🇳🇱 en ❤\u{FE0F}",
            "\u{061C}Zuid\u{200F} 👍🏽", "東京 e\u{301} 1\u{FE0F}\u{20E3}",
        ]
        for (index, name) in names.enumerated() { dataset.focusAreas[index].name = name }
        var dashboard = Fixtures.dashboard(width: 120, height: 40, dataset: dataset)
        dashboard.show(.focusgebieden)
        for row in 0..<names.count {
            let buffer = dashboard.view(width: 120, height: 40)
            let junction = (0..<120).first { buffer[$0, 1].character == "┐" } ?? -1  // the list box's right edge
            #expect(junction > 40)
            for y in 2..<36 {
                #expect(buffer[0, y].character == "│" && buffer[119, y].character == "│", "row \(y) after \(row) moves")
                #expect(buffer[junction, y].character == "│" && buffer[junction + 1, y].character == "│", "row \(y)")
            }
            #expect(
                !buffer.cells.contains {
                    $0.character.unicodeScalars.contains { $0.properties.generalCategory == .format }
                })
            dashboard.press(.moveDown)
        }
    }
}

/// The C library's `wcwidth`, which Swift's Glibc module does not import.
enum CLibrary {
    typealias WidthFunction = @convention(c) (wchar_t) -> Int32
    static let wcwidth: WidthFunction? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "wcwidth") else { return nil }
        return unsafeBitCast(symbol, to: WidthFunction.self)
    }()
}
