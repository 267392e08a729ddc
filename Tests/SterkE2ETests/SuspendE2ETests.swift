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

        session.send("C-l")  // clear the shell's screen, so the marker below can only come from the resumed dashboard
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

    /// A terminal that disappears (here: the job of an interactive shell when the tmux server
    /// is killed) must end the app, not leave it reading end-of-input at full CPU, as the
    /// release build did while its SIGHUP flag was lost (see CTerminalSignals); stdin's
    /// hang-up ends it too when no SIGHUP comes at all.
    @Test func aVanishedTerminalEndsTheApp() {
        let session = TmuxSession()
        defer { session.close() }
        session.start("env -u NO_COLOR -u LC_ALL LANG=C.UTF-8 TERM=tmux-256color bash --norc --noprofile -i")
        session.sendLiteral(
            "'\(BuiltBinary.path ?? "sterk")' --alleen-lezen --no-mouse --store '\(session.directory)/geen.db'")
        session.send("Enter")
        #expect(session.waitFor(Self.overviewMarker).ok, "no dashboard:\n\(session.capture())")
        guard let pid = session.appPID() else {
            Issue.record("could not find the app's pid")
            return
        }
        session.close()
        let deadline = Date().addingTimeInterval(5)
        while Self.isRunning(pid), Date() < deadline { usleep(50_000) }
        #expect(!Self.isRunning(pid), "sterk still runs after its terminal went away")
        if Self.isRunning(pid) { kill(pid, SIGKILL) }
    }

    /// Alive and not a zombie (an orphan may wait a while to be reaped).
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        return !stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }
}
