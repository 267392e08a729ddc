// What `sterk scherm` says about its arguments, in one file for review.

/// The refusals of an unknown panel or pilot.
enum DutchScreen {
    static func unknownPanel(_ panel: String, choices: [String]) -> String {
        "Onbekend paneel '\(panel)'. Kies uit: \(choices.joined(separator: ", "))."
    }

    /// A panel the renderer did not know after all (the check before it should prevent this).
    static func unknownPanel(_ panel: String) -> String { "Onbekend paneel '\(panel)'." }

    static func unknownPilot(_ pilot: String, choices: [String]) -> String {
        "Onbekende pilot '\(pilot)'. Kies uit: \(choices.joined(separator: ", "))."
    }
}
