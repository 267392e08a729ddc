/// Why the dashboard cannot take over this terminal; every case has a one-line Dutch reason
/// (`message`, in Strings/DutchTerminal.swift).
public enum TerminalError: Error, Equatable, Sendable {
    /// Standard input or output is redirected (a pipe, a file, /dev/null).
    case notATerminal
    /// `TERM` is not set, so there is no terminal description to drive.
    case terminalTypeUnset
    /// The terminal cannot move the cursor (`TERM=dumb`, or no `cup` in terminfo).
    case noCursorAddressing(terminalType: String)
    /// ncurses has no terminfo entry for this `TERM`.
    case unknownTerminalType(String)
}
