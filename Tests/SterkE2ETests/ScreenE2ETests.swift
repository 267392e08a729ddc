import Foundation
import Testing

/// The real binary in a real terminal (tmux): drawing, keys, mouse, resize, clipboard, ticks.
@Suite("Dashboard screen in tmux", .enabled(if: E2E.canRunTmux, E2E.skipReason), .timeLimit(.minutes(1)))
struct ScreenE2ETests {
    @Test func firstScreenShowsDiacriticsBoxAndSize() {
        let session = TmuxSession()
        defer { session.close() }
        session.startSterk("_demo")
        // Wait for the last row: a frame reaches tmux in several writes, top to bottom.
        let (screen, shown) = session.waitFor("q stoppen")
        #expect(shown, "no first screen:\n\(screen)")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.contains(E2E.firstScreenMarker) == true)
        #expect(lines.first?.hasSuffix("120×40") == true)
        #expect(lines.count > 1 && lines[1].hasPrefix("┌─ Wijken ") && lines[1].hasSuffix("┐"))
        #expect(lines.count > 1 && lines[1].count == 120)
        #expect(screen.contains("│  2. ’s-Hertogenbosch"))
        #expect(screen.contains("│  3. Ëlsterveld (Ede)"))
        // The hardware cursor rests on the selected row, for screen readers.
        #expect(session.display("#{cursor_x},#{cursor_y},#{cursor_flag}") == "1,2,1")
        session.send("q")
        #expect(session.waitForExitStatus() == 0)
    }

    @Test func keysMoveTheSelectionAndTheCursor() {
        let session = TmuxSession()
        defer { session.close() }
        session.startSterk("_demo")
        #expect(session.waitFor(E2E.firstScreenMarker).ok)
        session.send("Down", "Down")
        #expect(session.waitFor("▶ 3. Ëlsterveld (Ede)").ok)
        #expect(session.display("#{cursor_y}") == "4")
        session.send("End")
        #expect(session.waitFor("▶ 50. ’s-Hertogenbosch").ok)
        session.send("Home")
        #expect(session.waitFor("▶ 1. Súdwest-Fryslân").ok)
        session.send("PageDown")
        #expect(session.waitFor("rij 36/50").ok)
        session.sendLiteral("ë")
        #expect(session.waitFor("Laatste toets: ë").ok)
        session.send("F5")
        #expect(session.waitFor("Laatste toets: F5").ok)
        session.send("BTab")
        #expect(session.waitFor("Laatste toets: Shift-Tab").ok)
        session.send("q")
        #expect(session.waitForExitStatus() == 0)
    }

    @Test func resizeRelaysOutAndBack() {
        let session = TmuxSession()
        defer { session.close() }
        session.startSterk("_demo")
        #expect(session.waitFor(E2E.firstScreenMarker).ok)
        session.resize(width: 60, height: 20)
        let (small, shrunk) = session.waitForScreen { Self.isFrame($0, width: 60, boxBottomRow: 17) }
        #expect(shrunk, "no complete relayout at 60×20:\n\(small)")
        #expect(small.contains("60×20"))
        session.resize(width: 120, height: 40)
        let (large, grown) = session.waitForScreen { Self.isFrame($0, width: 120, boxBottomRow: 37) }
        #expect(grown, "no complete relayout back at 120×40:\n\(large)")
        #expect(large.contains("120×40"))
        session.send("q")
        #expect(session.waitForExitStatus() == 0)
    }

    /// A whole demo frame of this width: box top and bottom closed, the key hints drawn last.
    private static func isFrame(_ screen: String, width: Int, boxBottomRow: Int) -> Bool {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > boxBottomRow + 2 else { return false }
        let top = lines[1], bottom = lines[boxBottomRow]
        return top.count == width && top.hasPrefix("┌─ Wijken") && top.hasSuffix("┐")
            && bottom.count == width && bottom.hasPrefix("└") && bottom.hasSuffix("┘")
            && lines[boxBottomRow + 2].contains("q stoppen")
    }

    @Test func mouseClickSelectsAndWheelScrolls() {
        let session = TmuxSession()
        defer { session.close() }
        session.startSterk("_demo")
        #expect(session.waitFor(E2E.firstScreenMarker).ok)
        // X10 report (tmux-256color's kmous): ESC [ M, then button, column, row, each + 32, 1-based.
        session.sendLiteral("\u{1B}[M \(Self.coordinate(10))\(Self.coordinate(7))")
        #expect(session.waitFor("▶ 5. Reünie-plein Zwolle").ok)
        session.sendLiteral("\u{1B}[Ma\(Self.coordinate(10))\(Self.coordinate(7))")  // 'a' = 32 + 65: wheel down
        #expect(session.waitFor("▶ 8. Hengelo (O.)").ok)
        session.send("q")
        #expect(session.waitForExitStatus() == 0)
    }

    @Test func copyGoesThroughOSC52() {
        let session = TmuxSession()
        defer { session.close() }
        session.startSterk("_demo")
        #expect(session.waitFor(E2E.firstScreenMarker).ok)
        session.send("Down", "Down", "c")
        #expect(session.waitFor("Laatste toets: c").ok)
        let deadline = Date().addingTimeInterval(5)
        var buffer = ""
        while Date() < deadline, buffer != "3. Ëlsterveld (Ede)" {
            buffer = session.tmux(["show-buffer"]).output
            usleep(50_000)
        }
        #expect(buffer == "3. Ëlsterveld (Ede)")
        session.send("q")
        #expect(session.waitForExitStatus() == 0)
    }

    @Test func ticksArriveWithoutKeys() {
        let session = TmuxSession()
        defer { session.close() }
        session.startSterk("_demo --tik 100")
        #expect(session.waitFor("tikken: 3").ok)
        session.send("q")
        #expect(session.waitForExitStatus() == 0)
    }

    @Test func colourIsUsedAndNoColorIsRespected() {
        let colour = TmuxSession()
        defer { colour.close() }
        colour.startSterk("_demo")
        let (styled, shown) = colour.waitForScreen(escapes: true) { $0.contains("terminaldemo") }
        #expect(shown && styled.contains("38;5;214") && styled.contains("48;5;235"))

        let plain = TmuxSession()
        defer { plain.close() }
        plain.startSterk("_demo", environment: "LANG=C.UTF-8 TERM=tmux-256color NO_COLOR=1")
        let (mono, monoShown) = plain.waitForScreen(escapes: true) { $0.contains("terminaldemo") }
        #expect(monoShown && !mono.contains("38;5;") && !mono.contains("48;5;"))
        #expect(mono.contains("\u{1B}[7m"), "the selection must stay visible without colour")
        colour.send("q")
        plain.send("q")
        #expect(colour.waitForExitStatus() == 0 && plain.waitForExitStatus() == 0)
    }

    @Test func eightColourTerminalGetsNoGreyAsYellow() {
        let session = TmuxSession()
        defer { session.close() }
        session.startSterk("_demo", environment: "LANG=C.UTF-8 TERM=screen")
        let (screen, shown) = session.waitForScreen(escapes: true) { $0.contains("terminaldemo") }
        #expect(shown && !screen.contains("38;5;"))
        let border = E2E.line(containing: "Wijken", in: screen) ?? ""
        #expect(!border.contains("[33m"), "grey border came out yellow: \(border)")
        session.send("q")
        #expect(session.waitForExitStatus() == 0)
    }

    @Test func withoutLocaleDiacriticsStillShow() {
        let session = TmuxSession()
        defer { session.close() }
        // No LANG at all (CI, env -i): the app falls back to C.UTF-8 itself.
        session.startSterk("_demo", environment: "-u LANG -u LC_CTYPE TERM=tmux-256color")
        let (screen, shown) = session.waitFor(E2E.firstScreenMarker)
        #expect(shown && screen.contains("1. Súdwest-Fryslân") && screen.contains("┌─ Wijken"), "\(screen)")
        session.send("q")
        #expect(session.waitForExitStatus() == 0)
    }

    private static func coordinate(_ oneBased: Int) -> String {
        String(UnicodeScalar(UInt8(32 + oneBased)))
    }
}
