import Testing
@testable import SterkUI

@Suite("Blokletters")
struct BlockFontTests {
    func block(_ text: String, unicode: Bool = true) -> String {
        (BlockFont.lines(text, unicode: unicode) ?? ["(geen glyph)"]).map { line in
            var trimmed = line
            while trimmed.last == " " { trimmed.removeLast() }
            return trimmed
        }.joined(separator: "\n")
    }

    @Test("cijfers, letters, tekens, accenten en ASCII")
    func glyphs() {
        let text = [
            block("0123456789"), block("ABCDEFGHIJKLM"), block("NOPQRSTUVWXYZ"), block("% € . , - / ( ) : !"),
            block("Financiële één"), block("3/20 € 1,2", unicode: false),
        ].joined(separator: "\n\n")
        Snapshot.check(text, named: "blokletters")
    }

    @Test("elke letter en elk cijfer heeft vijf rijen even breed; accenten krijgen een zesde")
    func shapes() {
        for character in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ%€.,-/" {
            let rows = BlockFont.glyph(character)?.rows ?? []
            #expect(rows.count == 5, "\(character)")
            #expect(Set(rows.map(\.count)).count == 1, "\(character) rows differ in width")
        }
        #expect(BlockFont.height(of: "ëé") == 6)
        #expect(BlockFont.height(of: "EE") == 5)
        #expect(BlockFont.lines("a@b", unicode: true) == nil, "no glyph: the caller falls back to plain text")
        #expect(BlockFont.width(of: "11") == 7)
    }

    @Test("woorden worden over regels verdeeld; een te breed woord geeft nil")
    func wrapping() {
        #expect(BlockFont.wrap("Sterk voor onze wijken", width: 60) == ["Sterk voor", "onze wijken"])
        #expect(BlockFont.wrap("Buitengewoonlang", width: 30) == nil)
    }
}
