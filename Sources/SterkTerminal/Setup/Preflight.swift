/// The checks that must pass before ncurses is touched, kept pure so they can be tested.
public enum Preflight {
    /// The first reason the dashboard cannot start, or nil when it may try `newterm`.
    ///
    /// Order matters for the message: a redirected stream is the likelier mistake than `TERM`.
    public static func problem(
        stdinIsTerminal: Bool, stdoutIsTerminal: Bool,
        terminalType: String?
    ) -> TerminalError? {
        guard stdinIsTerminal, stdoutIsTerminal else { return .notATerminal }
        guard let type = terminalType, !type.isEmpty else { return .terminalTypeUnset }
        // ncurses accepts "dumb" but then draws garbage; refuse it by name before opening.
        if type == "dumb" { return .noCursorAddressing(terminalType: type) }
        return nil
    }
}
