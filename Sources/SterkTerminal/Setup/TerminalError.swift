/// Why the dashboard cannot take over this terminal; every case has a one-line Dutch reason.
public enum TerminalError: Error, Equatable, Sendable {
    /// Standard input or output is redirected (a pipe, a file, /dev/null).
    case notATerminal
    /// `TERM` is not set, so there is no terminal description to drive.
    case terminalTypeUnset
    /// The terminal cannot move the cursor (`TERM=dumb`, or no `cup` in terminfo).
    case noCursorAddressing(terminalType: String)
    /// ncurses has no terminfo entry for this `TERM`.
    case unknownTerminalType(String)

    /// A single Dutch line for standard error that names the plain-text alternative.
    public var message: String {
        let alternative = "gebruik `sterk lijst …` voor gewone tekst."
        switch self {
        case .notATerminal:
            return "sterk: het dashboard heeft een terminal nodig, maar invoer of uitvoer is omgeleid; \(alternative)"
        case .terminalTypeUnset:
            return
                "sterk: TERM is niet gezet, dus het dashboard weet niet hoe het deze terminal aanstuurt; \(alternative)"
        case .noCursorAddressing(let type):
            return
                "sterk: terminaltype '\(type)' kan de cursor niet verplaatsen, dus het dashboard kan niet starten; \(alternative)"
        case .unknownTerminalType(let type):
            return
                "sterk: terminaltype '\(type)' is onbekend (geen terminfo); zet TERM op bv. xterm-256color of \(alternative)"
        }
    }
}
