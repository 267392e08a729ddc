import Foundation
import Testing

/// Every way out gives the terminal back: modes restored, alternate screen left.
@Suite("Leaving the dashboard in tmux", .enabled(if: E2E.canRunTmux, E2E.skipReason), .timeLimit(.minutes(1)))
struct ExitE2ETests {
    @Test func qQuitsWithZero() {
        let session = TmuxSession()
        defer { session.close() }
        session.startSterk("_demo")
        #expect(session.waitFor(E2E.firstScreenMarker).ok)
        session.send("q")
        #expect(session.waitForExitStatus() == 0)
        E2E.expectRestored(session)
    }

    /// Plain `sterk` in a terminal opens the dashboard (whatever program it runs) and
    /// Ctrl-C, which the runner guarantees, leaves it.
    @Test func plainSterkOpensTheDashboardFullScreen() {
        let session = TmuxSession()
        defer { session.close() }
        session.startSterk("--no-mouse --alleen-lezen")
        let deadline = Date().addingTimeInterval(10)
        while session.display("#{alternate_on}") != "1", Date() < deadline { usleep(50_000) }
        #expect(session.display("#{alternate_on}") == "1", "no full-screen dashboard:\n\(session.capture())")
        session.send("C-c")
        #expect(session.waitForExitStatus() == 0)
        E2E.expectRestored(session)
    }

    @Test func controlCQuitsWithZero() {
        let session = TmuxSession()
        defer { session.close() }
        session.startSterk("_demo")
        #expect(session.waitFor(E2E.firstScreenMarker).ok)
        session.send("C-c")
        #expect(session.waitForExitStatus() == 0)
        E2E.expectRestored(session)
    }

    @Test(arguments: [(SIGTERM, Int32(143)), (SIGHUP, Int32(129))])
    func stopSignalRestoresAndExitsWithShellStatus(signal: Int32, expected: Int32) {
        let session = TmuxSession()
        defer { session.close() }
        session.startSterk("_demo")
        #expect(session.waitFor(E2E.firstScreenMarker).ok)
        guard let pid = session.appPID() else {
            Issue.record("could not find the app's pid")
            return
        }
        kill(pid, signal)
        #expect(session.waitForExitStatus() == expected)
        E2E.expectRestored(session)
    }

    @Test func crashStillRestoresTheTerminal() {
        let session = TmuxSession()
        defer { session.close() }
        // Non-interactive backtrace: otherwise Swift's backtracer waits 30 s for a key.
        session.startSterk(
            "_demo --test-crash", environment: "LANG=C.UTF-8 TERM=tmux-256color SWIFT_BACKTRACE=interactive=no")
        #expect(session.waitFor(E2E.firstScreenMarker).ok)
        session.send("!")
        let status = session.waitForExitStatus(timeout: 20)
        #expect(status.map { $0 > 128 } == true, "expected death by signal, got \(String(describing: status))")
        E2E.expectRestored(session)
    }
}
