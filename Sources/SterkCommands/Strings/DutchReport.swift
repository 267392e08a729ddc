// The words the `sterk toon` reports share (and `sterk cijfers` for its source list), in one
// file for review.

/// Labels that stand in more than one report: a focus area's, a municipality's, a wijk's, a CBS wijk's.
enum DutchReport {
    /// The heading above the cited sources at the end of every report.
    static let sources = "Bronnen"

    static let municipality = "Gemeente"
    static let cbsCode = "CBS-code"
    static let province = "Provincie"
    static let location = "Ligging"
    static let inhabitants = "Inwoners"

    /// "M50-lid (lijst 01-01-2024)"
    static func m50Member(listDate: String) -> String { "M50-lid (lijst \(listDate))" }
    /// The answer after "M50-lid".
    static func yesNo(_ value: Bool) -> String { value ? "ja" : "nee" }

    /// How exact a location is, after its coordinates.
    static func precision(placeholder: Bool) -> String {
        placeholder ? "plaatsaanduiding, niet de echte ligging" : "bij benadering"
    }
}
