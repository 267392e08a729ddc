import Testing
@testable import SterkKernel
@testable import SterkUI

/// The theme parser cuts plain text over bytes; every cut must equal the Character cut it
/// replaces, also for text where the two differ (CR LF, combining marks beside a separator).
@Suite("Thema-tekst: snijden over bytes = snijden over tekens")
struct ThemeTextTests {
    static let samples = [
        "", "\n", "a\nb", "a\r\nb\nc", "\r\n\r\n", "a\r\n", "\rn\n", "x\n\r\n\n",
        "text = fg:1 # commentaar", "  palet  roze = 218  ", "#alles", "a #\u{301} b # c", "a\u{301}# b",
        "heading=fg:roze\tbold", "é = fg:1", "rol = fg:1 \u{301}bold", "rol =\u{301} fg:1", "a\r# b",
        "panel.border = fg:grijs  bg:default", " \t = \t ", "==", "a = b = c", "\u{1F600} = 1",
        "# Thema: hoog-contrast — zwart", "x = y\r", "\t palet\tx = 3",
    ]

    @Test("regels: elke LF sluit een regel af, ook na een CR", arguments: samples)
    func lines(text: String) {
        let expected = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(Substring($0)) }
        #expect(ThemeText.lines(text).map(String.init) == expected)
    }

    @Test("een themabestand met CR LF leest als hetzelfde bestand met LF")
    func crlfTheme() throws {
        let text = "# kop\npalet roze = 218\ntext = fg:roze bold\nheading = fg:1 # uitleg\n"
        let lf = try ThemeParser.parse(text, name: "t", file: "t.theme")
        let crlf = try ThemeParser.parse(
            text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n"),
            name: "t", file: "t.theme")
        #expect(crlf == lf)
        #expect(lf.specs.count == 2)
    }

    @Test("inhoud voor #", arguments: samples)
    func content(text: String) {
        let old = String(text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        #expect(ThemeText.content(Substring(text)) == old.trimmed(of: " \t\r"))
    }

    @Test("stukken en bijsnijden", arguments: samples)
    func pieces(text: String) {
        for separator: Character in ["=", " "] {
            #expect(ThemeText.pieces(text, separator, maxSplits: 1) == text.split(separator: separator, maxSplits: 1))
            #expect(ThemeText.pieces(text, separator) == text.split(separator: separator))
        }
        #expect(ThemeText.trim(Substring(text), of: " \t") == text.trimmed(of: " \t"))
        #expect(ThemeText.trim(Substring(text)) == text.trimmed(of: " \t\r"))
    }
}
