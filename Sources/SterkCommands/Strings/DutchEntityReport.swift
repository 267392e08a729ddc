// The Dutch of `sterk toon` for a focus area, a municipality and a pilot or comparison wijk,
// in one file for review (the labels they share are `DutchReport`'s).

/// Titles, labels and headings of the entity reports.
enum DutchEntityReport {
    /// "Den Haag Zuidwest — focusgebied NPLV"
    static func focusAreaTitle(_ name: String) -> String { "\(name) — focusgebied NPLV" }
    static let name2022 = "Naam in 2022"
    static let cohort = "Groep"
    static let facts = "Feiten"

    /// "Zeist — gemeente"
    static func municipalityTitle(_ name: String) -> String { "\(name) — gemeente" }
    static let aliases = "Ook geschreven als"
    static let focusAreas = "Focusgebieden NPLV"
    /// A municipality without a focus area.
    static let none = "geen"
    static let pilotWijken = "Pilot- en vergelijkingswijken"
}

/// The report of a pilot wijk or comparison area.
extension DutchEntityReport {
    static let cbsArea = "CBS-gebied"
    /// "wijk Overvecht": the CBS wijk a curated wijk lies in.
    static func cbsWijk(_ name: String) -> String { "wijk \(name)" }
    static let focusArea = "NPLV-focusgebied"
    static let programme = "Programma"
    static let period = "Periode"
    static let start = "Start"
    static let figures = "Cijfers"
    static let money = "Geld"
    static let partners = "Partners"
    static let goals = "Doelen"
    static let timeline = "Tijdlijn"
    static let paperSays = "Wat de M50 zegt"
}
