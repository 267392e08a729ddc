import Testing
@testable import SterkUI

@Suite("Tekstinvoer")
struct TextInputTests {
    @Test("invoegen, wissen en de cursor verplaatsen")
    func editing() {
        var input = TextInput("Fryslan")
        input.moveLeft()
        input.deleteBackward()
        input.insert("â")
        #expect(input.text == "Fryslân")
        input.moveHome()
        input.deleteForward()
        input.insert("f")
        #expect(input.text == "fryslân" && input.cursor == 1)
        input.moveEnd()
        input.moveRight()
        #expect(input.cursor == 7)
    }

    @Test("een los getypt combinerend accent hoort bij de letter ervoor")
    func combining() {
        var input = TextInput("Su")
        input.insert("\u{0301}")
        #expect(input.text == "Sú" && input.characters.count == 2)
    }

    @Test("lange tekst schuift mee zodat de cursor zichtbaar blijft; brede tekens tellen dubbel")
    func scrolling() {
        let input = TextInput("’s-Hertogenbosch")
        let shown = input.visible(width: 8)
        #expect(shown.text == "enbosch")
        #expect(shown.cursorColumn == 7)
        var wide = TextInput("漢字漢字")
        #expect(wide.visible(width: 5).text == "漢字" && wide.visible(width: 5).cursorColumn == 4)
        wide.moveHome()
        #expect(wide.visible(width: 5).text == "漢字" && wide.visible(width: 5).cursorColumn == 0)
    }
}
