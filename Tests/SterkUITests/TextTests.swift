import Testing
@testable import SterkModel
@testable import SterkUI

@Suite("Tekstbreedte, stuurtekens, ANSI")
struct TextTests {
    @Test(
        "display width",
        arguments: [
            ("Súdwest-Fryslân", 15), ("’s-Gravenhage", 13), ("東京", 4), ("👍", 2),
            ("e\u{301}", 1), ("Den Haag 東京 👍", 16),
        ])
    func width(_ text: String, _ expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
    }

    @Test("brede tekens breken de kolommen niet")
    func wideCharactersKeepColumns() {
        var dataset = Fixtures.bundled
        dataset.focusAreas[0].name = "東京 Oost 👍"
        dataset.focusAreas[1].name = "Súdwest-Fryslân"
        var dashboard = Fixtures.dashboard(dataset: dataset)
        dashboard.show(.focusgebieden)
        let buffer = dashboard.view(width: 80, height: 24)
        let header = buffer.line(2).distance(of: "Gemeente")
        #expect(buffer.line(3).distance(of: "Leeuwarden") == header)
        #expect(buffer.line(4).distance(of: "Groningen ") == header)
        #expect(buffer.line(5).distance(of: "Arnhem ") == header)
    }

    @Test("stuurtekens uit de data komen niet op het scherm")
    func controlCharacters() {
        var dataset = Fixtures.bundled
        dataset.focusAreas[0].name = "Boos\u{1B}[31mRood\u{07}"
        var dashboard = Fixtures.dashboard(dataset: dataset)
        dashboard.show(.focusgebieden)
        dashboard.press(.openDetail)
        let buffer = dashboard.view(width: 120, height: 40)
        #expect(buffer.text.contains("Boos[31mRood"))
        #expect(!buffer.cells.contains { $0.character.unicodeScalars.contains { ControlCharacters.isControl($0) } })
    }

    @Test("ANSI-weergave: SGR bij stijlwissel, reset aan het eind")
    func ansi() {
        var buffer = ScreenBuffer(width: 6, height: 2)
        buffer.write("ab", x: 0, y: 0, style: Style(foreground: .indexed(214), attributes: .bold))
        buffer.write("c", x: 2, y: 0)
        buffer.write(
            "x", x: 0, y: 1, style: Style(foreground: .indexed(1), background: .indexed(15), attributes: .reverse))
        #expect(ANSIText.render(buffer) == "\u{1B}[0;1;38;5;214mab\u{1B}[0mc\n\u{1B}[0;7;31;107mx\u{1B}[0m")
    }

    @Test("ANSI-weergave van een paneel bevat de tekst en kleuren")
    func ansiPanel() {
        let buffer = HeadlessScreen.render(panel: .overzicht, dataset: Fixtures.bundled, width: 80, height: 24)
        let ansi = ANSIText.render(buffer)
        #expect(ansi.contains("38;5;214"))
        #expect(ansi.split(separator: "\n", omittingEmptySubsequences: false).count == 24)
        #expect(
            HeadlessScreen.render(panelNamed: "bestaatniet", dataset: Fixtures.bundled, width: 80, height: 24) == nil)
        #expect(HeadlessScreen.render(panelNamed: "Bronnen", dataset: Fixtures.bundled, width: 80, height: 24) != nil)
    }
}
