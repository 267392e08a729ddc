import Testing
@testable import SterkUI

@Suite("Schermbuffer: welke kolommen veranderden")
struct ScreenBufferDiffTests {
    func buffer(_ rows: [String], width: Int = 12) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: rows.count)
        for (y, text) in rows.enumerated() { buffer.write(text, x: 0, y: y) }
        return buffer
    }

    @Test("een gelijke rij geeft nil, ook als de tekens anders zijn opgeslagen")
    func sameRowIsNil() {
        let old = buffer(["abc déf", "ééé"])
        var new = buffer(["abc déf", "x"])
        new.write("ééé", x: 0, y: 1)  // the same text written again: equal cells, possibly other storage
        #expect(new.changedColumns(inRow: 0, comparedTo: old) == nil)
        #expect(new.changedColumns(inRow: 1, comparedTo: old) == nil)
    }

    @Test("van de eerste tot en met de laatste veranderde cel (plus een, voor een breed teken)")
    func firstToLast() {
        let old = buffer(["abcdefghij"])
        #expect(buffer(["abXdefghij"]).changedColumns(inRow: 0, comparedTo: old) == 2..<4)
        #expect(buffer(["abXdefgYij"]).changedColumns(inRow: 0, comparedTo: old) == 2..<9)
        #expect(buffer(["abcdefghiZ"]).changedColumns(inRow: 0, comparedTo: old) == 9..<11)
    }

    @Test("alleen een andere stijl telt ook als verandering")
    func styleCounts() {
        let old = buffer(["abcdef"])
        var new = old
        new.select(Rect(x: 3, y: 0, width: 2, height: 1), selection: Style(attributes: [.reverse]))
        #expect(new.changedColumns(inRow: 0, comparedTo: old) == 3..<6)
    }

    @Test("een verandering op de rechterhelft van een breed teken neemt het hele teken mee")
    func wideCharacter() {
        let old = buffer(["ab東cd"])
        var new = old
        new[3, 0] = Cell(character: "x")  // the continuation cell of 東
        let changed = new.changedColumns(inRow: 0, comparedTo: old)
        #expect(changed?.lowerBound == 2)
    }

    @Test("verschillende breedtes: de hele rij")
    func otherWidth() {
        #expect(buffer(["abc"], width: 5).changedColumns(inRow: 0, comparedTo: buffer(["abc"], width: 6)) == 0..<5)
    }
}

@Suite("Tekens: snelle ASCII-herkenning")
struct CharacterFastPathTests {
    @Test("elk afdrukbaar ASCII-teken geeft zijn byte, al het andere nil")
    func printableASCII() {
        for byte in UInt8(0x20)..<0x7F {
            #expect(Character(Unicode.Scalar(byte)).printableASCIIByte == byte)
        }
        for other: Character in ["é", "東", "\n", "\t", "\u{7F}", "👍🏽", "e\u{301}", "│", "…"] {
            #expect(other.printableASCIIByte == nil, "\(other.unicodeScalars.map(\.value))")
        }
    }

    @Test("een teken uit een lange tekst wordt herkend of valt terug, maar nooit verkeerd")
    func fromLongText() {
        let text = String(repeating: "Leeuwarden Oost – é ", count: 50)
        for character in text {
            let byte = character.printableASCIIByte
            #expect(byte == nil || (character.isASCII && character.asciiValue == byte))
        }
    }

    @Test("cellen met gelijke tekens zijn gelijk, ook via de trage weg")
    func cellsCompare() {
        let composed = Cell(character: "é"), decomposed = Cell(character: "e\u{301}")
        #expect((composed == decomposed) == (composed.character == decomposed.character))
        #expect(Cell(character: "a") == Cell(character: "a"))
        #expect(Cell(character: "a") != Cell(character: "b"))
        #expect(Cell(character: "a") != Cell(character: "a", style: Style(attributes: [.bold])))
    }
}
