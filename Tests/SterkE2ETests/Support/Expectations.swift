import Testing

/// Shared checks for the end-to-end tests.
enum E2E {
    /// Why the tmux suites are skipped, shown by the test runner.
    static let skipReason: Comment =
        "tmux is not installed (apt-get install tmux) or the built sterk binary was not found"
    /// True when tmux is installed and the built binary was found.
    static let canRunTmux = Tools.hasTmux && BuiltBinary.path != nil

    /// The demo's first screen is complete.
    static let firstScreenMarker = "Sterk voor onze wijken — terminaldemo"

    /// After the app exited: tty modes are back and the alternate screen was left.
    static func expectRestored(_ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) {
        let (screen, finished) = session.waitForScreen(history: true) { $0.contains("EINDE-VAN-DE-TEST") }
        #expect(finished, "the pane's shell never got to the end:\n\(screen)", sourceLocation: sourceLocation)
        #expect(
            screen.contains("TTY: isig icanon echo"), "tty modes not restored:\n\(screen)",
            sourceLocation: sourceLocation)
        #expect(
            !screen.contains("terminaldemo"), "alternate screen not left:\n\(screen)",
            sourceLocation: sourceLocation)
    }

    /// The screen line that holds `text` (first match), for checks on one row.
    static func line(containing text: String, in screen: String) -> String? {
        screen.split(separator: "\n", omittingEmptySubsequences: false).first { $0.contains(text) }.map(String.init)
    }
}
