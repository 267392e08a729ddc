// Every Dutch sentence the terminal layer can show lives in this file, so the wording is
// reviewed in one place.

/// The words shared by the terminal's messages.
enum DutchTerminal {
    /// Ends every message: the plain-text command that works without a terminal.
    static let plainTextAlternative = "gebruik `sterk lijst …` voor gewone tekst."
}

extension TerminalError {
    /// A single Dutch line for standard error that names the plain-text alternative.
    public var message: String {
        let alternative = DutchTerminal.plainTextAlternative
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
