// What the werkbezoek commands say when a reference or name finds no single visit, in one
// file for review.

/// Sentences of `VisitFinder`: nothing found, too much found, not a reference, and the
/// suggestions of what is near.
enum DutchWerkbezoekSearch {
    /// " Bedoelt u A of B?" (with its leading space: it follows a sentence).
    static func didYouMean(_ labels: [String]) -> String {
        " Bedoelt u \(labels.joined(separator: " of "))?"
    }

    static func ambiguous(_ text: String, count: Int, list: String) -> String {
        "‘\(text)’ past bij \(count) werkbezoeken (\(list)); geef de referentie."
    }

    static func notAReference(_ text: String, hint: String) -> String {
        "‘\(text)’ is geen referentie (zoals WB-2026-001).\(hint)"
    }

    static func nothingRecorded(_ text: String) -> String {
        "Geen werkbezoek gevonden voor ‘\(text)’: er zijn nog geen werkbezoeken vastgelegd."
    }

    /// What to search on when nothing is near (with its leading space).
    static let searchHint =
        " Zoek op referentie of op (een deel van) de naam van een bezoeker; `sterk werkbezoek lijst` toont ze allemaal."

    static func notFound(_ text: String, suggestion: String) -> String {
        "Geen werkbezoek gevonden voor ‘\(text)’.\(suggestion)"
    }
}
