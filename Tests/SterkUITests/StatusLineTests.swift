import Testing
@testable import SterkUI

@Suite("Statusregel")
struct StatusLineTests {
    func line(_ message: String, position: String?, width: Int = 40) -> String {
        var buffer = ScreenBuffer(width: width, height: 1)
        StatusLine.draw(
            into: &buffer, rect: Rect(x: 0, y: 0, width: width, height: 1),
            status: StatusMessage(text: message, isError: false), search: nil, position: position,
            theme: ResolvedTheme(.builtInDefault, colors: 256))
        return buffer.text
    }

    @Test("een lange melding laat de teller staan en eindigt op …")
    func longMessageKeepsTheCounter() {
        let text = line(String(repeating: "lange melding ", count: 10), position: "12/20")
        #expect(text.hasSuffix("… 12/20"), "the text ends at the counter; trailing blanks are trimmed")
        #expect(DisplayWidth.of(text) == 39)
    }

    @Test("een korte melding blijft heel, met de teller rechts")
    func shortMessage() {
        let text = line("klaar", position: "3/20")
        #expect(text.hasPrefix(" klaar "))
        #expect(text.hasSuffix(" 3/20"))
    }

    @Test("zonder teller krijgt de melding de hele breedte")
    func noCounter() {
        let text = line(String(repeating: "x", count: 60), position: nil)
        #expect(text.hasSuffix("x…"))
    }
}
