import Foundation
import Testing

/// `sterk presenteer` in a real terminal: every slide, a jump by number, and a clean exit.
@Suite("Presentation in tmux", .enabled(if: E2E.canRunTmux, E2E.skipReason), .timeLimit(.minutes(1)))
struct PresentE2ETests {
    @Test func stepsThroughAllSlidesAndQuits() {
        let session = TmuxSession()
        defer { session.close() }
        session.startSterk("presenteer --no-mouse --theme licht")
        let (first, shown) = session.waitFor(" 1/15 ")
        #expect(shown, "no first slide:\n\(first)")
        #expect(first.contains("█"), "the title is drawn in the block font")
        let keys = ["Right", "Space", "l", "j"]
        for number in 2...15 {
            session.send(keys[number % keys.count])
            let (screen, ok) = session.waitFor(" \(number)/15 ")
            #expect(ok, "slide \(number) never showed:\n\(screen)")
            #expect(screen.contains("Bronnen: ") || number == 15, "slide \(number) has no source line")
        }
        session.send("5", "Enter")
        #expect(session.waitFor(" 5/15 ").ok)
        session.send("q")
        #expect(session.waitForExitStatus() == 0)
        let (after, finished) = session.waitForScreen(history: true) { $0.contains("EINDE-VAN-DE-TEST") }
        #expect(finished)
        #expect(after.contains("TTY: isig icanon echo"), "tty modes not restored:\n\(after)")
        #expect(!after.contains("/15 "), "alternate screen not left:\n\(after)")
    }
}
