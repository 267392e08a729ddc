// What `sterk toon` says when a name finds no single entity, in one file for review.

/// The messages of a search by name that does not end in one report.
enum DutchShow {
    /// Above the list of entities a name matches.
    static func ambiguous(_ query: String) -> String {
        "'\(query)' past bij meerdere namen; wees specifieker:"
    }

    /// Above the list of CBS wijken a name matches.
    static func ambiguousCBS(_ query: String) -> String {
        "'\(query)' past bij meerdere wijken; wees specifieker of gebruik de CBS-code:"
    }

    /// "  Centrum (CBS-wijk in Groningen, WK001400)"
    static func cbsMatch(_ name: String, municipality: String, code: String) -> String {
        "  \(name) (CBS-wijk in \(municipality), \(code))"
    }

    static func notFound(_ query: String) -> String { "Niets gevonden voor '\(query)'." }

    /// " Bedoelde u: A, B?" (with its leading space: it follows `notFound`).
    static func didYouMean(_ suggestions: [String]) -> String {
        " Bedoelde u: \(suggestions.joined(separator: ", "))?"
    }
}
