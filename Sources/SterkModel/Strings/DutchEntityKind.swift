/// The nouns for the kinds of place the dataset holds.
enum DutchEntityKind {
    static let focusArea = "focusgebied"
    static let municipality = "gemeente"
    static let pilotWijk = "pilotwijk"
    static let comparisonArea = "vergelijkingsgebied"
    /// A pilot as `Wijk.Kind` labels it (lists and reports), beside `comparisonArea`.
    static let m50Pilot = "M50-pilot"
}
