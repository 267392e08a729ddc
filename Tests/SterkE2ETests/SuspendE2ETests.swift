import Foundation
import Testing

/// Ctrl-Z gives the terminal back to an interactive shell; `fg` brings the dashboard back.
@Suite("Ctrl-Z in tmux", .enabled(if: E2E.canRunTmux, E2E.skipReason), .timeLimit(.minutes(1)))
struct SuspendE2ETests {
    static let overviewMarker = "De zaak in één oogopslag"

    @Test func controlZStopsWithTheShellRestoredAndFgResumes() {
        let session = TmuxSession()
        defer { session.close() }
        session.start("env -u NO_COLOR -u LC_ALL LANG=C.UTF-8 TERM=tmux-256color bash --norc --noprofile -i")
        session.sendLiteral("PS1='prompt> '; export XDG_DATA_HOME='\(session.directory)'")
        session.send("Enter")
        session.sendLiteral("'\(BuiltBinary.path ?? "sterk")' --alleen-lezen --no-mouse")
        session.send("Enter")
        #expect(session.waitFor(Self.overviewMarker).ok, "no dashboard:\n\(session.capture())")

        session.send("C-z")
        let stopped = session.waitFor("Stopped")
        #expect(stopped.ok, "the shell did not report a stopped job:\n\(stopped.screen)")
        #expect(session.display("#{alternate_on}") == "0", "alternate screen not left on Ctrl-Z")
        session.sendLiteral(TmuxSession.reportTTYModes)
        session.send("Enter")
        let modes = session.waitFor("EINDE-VAN-DE-TEST")
        #expect(modes.screen.contains("TTY: isig icanon echo"), "tty modes not given back:\n\(modes.screen)")

        session.send("C-l")   // clear the shell's screen, so the marker below can only come from the resumed dashboard
        session.sendLiteral("fg")
        session.send("Enter")
        let resumed = session.waitFor(Self.overviewMarker)
        #expect(resumed.ok, "fg did not bring the dashboard back:\n\(resumed.screen)")
        #expect(session.display("#{alternate_on}") == "1")

        session.send("q")
        session.sendLiteral("echo status=$?")
        session.send("Enter")
        #expect(session.waitFor("status=0").ok, "q after fg did not exit with 0:\n\(session.capture())")
    }
}
