import SterkModel

// The Dutch phrases the UI looks for in the dataset's own text, in one file: when the
// dataset's wording changes, these are the lines to check. All are folded (`SearchFold`:
// lower case, no diacritics) and compared with folded text.

/// Phrases that pick figures, statements and notes out of the dataset by their wording.
enum DutchDatasetPhrases {
    /// A figure label's "inwoners" (the start of every inhabitants label).
    static let inhabitants = "inwoners"
    /// Wijk inhabitants labels, besides a bare "inwoners".
    static let wijkInhabitantsPrefixes = ["inwoners van de wijk", "inwoners in de wijk"]
    /// Marks a label as the whole municipality's count.
    static let municipality = "gemeente"
    /// A national figure's label ends so.
    static let nationalSuffix = "nederland"
    /// A location note that says the point marks the town, not the area.
    static let marksTown = "markeert de stad"
    /// Paper statements that other slides already carry.
    static let visit = "werkbezoek"
    static let pilotsIn = "pilots in "
    /// The paper's statement about comparing areas.
    static let compare = "vergelijk"

    /// The share of households with low financial welfare ("lage financiële welvaart").
    static func isLowWelfareShare(_ figure: Figure) -> Bool {
        figure.unit == .percent && SearchFold.fold(figure.label).contains("lage financiele welvaart")
    }
}
