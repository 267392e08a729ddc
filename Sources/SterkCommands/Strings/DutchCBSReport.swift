// The Dutch of `sterk toon` for a CBS wijk, and of the CBS parts of other reports (the
// Leefbaarometer scores, a municipality's CBS wijken), in one file for review.

/// Titles, labels and values of the CBS parts of the reports.
enum DutchCBSReport {
    /// "Overvecht — CBS-wijk"
    static func title(_ name: String, level: String) -> String { "\(name) — CBS-\(level)" }
    static let standsFor = "Staat voor"
    static let figures = "Cijfers van CBS"

    /// "Wijken volgens CBS (12)"
    static func wijkListHeading(_ count: Int) -> String { "Wijken volgens CBS (\(count))" }
    /// "12.345 inwoners (WK035501)"
    static func inhabitants(_ value: String, code: String) -> String { "\(value) inwoners (\(code))" }
    static let source = "Bron"
}

/// The Leefbaarometer scores of a wijk.
extension DutchCBSReport {
    /// "Leefbaarometer 3.0 — Overvecht (WK034403)"
    static func leefbaarometerHeading(_ name: String, code: String) -> String {
        "Leefbaarometer 3.0 — \(name) (\(code))"
    }
    static let nationalReference = "Landelijk referentieniveau"
    static let everyYear = " (in elk jaar gelijk)"
    /// "score 4,123, afwijking 0,045"
    static func score(_ score: String, deviation: String) -> String { "score \(score), afwijking \(deviation)" }
    static let caution = "Let op"
}
