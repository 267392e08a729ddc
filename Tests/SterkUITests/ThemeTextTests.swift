import Testing
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

    @Test("regels", arguments: samples)
    func lines(text: String) {
        #expect(ThemeText.lines(text) == text.split(separator: "\n", omittingEmptySubsequences: false))
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
