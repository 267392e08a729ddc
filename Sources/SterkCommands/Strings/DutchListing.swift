// Dutch wording of general command-line output, in one file for review.

/// Sentences the listings print beside their tables, the words in their cells, and the
/// refusals of options that do not go together.
enum DutchListing {
    /// "(niet getoond: Id, URL — bredere terminal, --csv of --json)"
    static func hiddenColumns(_ titles: [String]) -> String {
        "(niet getoond: \(titles.joined(separator: ", ")) — bredere terminal, --csv of --json)"
    }

    /// A yes/no cell in a CSV file ("m50_member", "confirmed").
    static func yesNo(_ value: Bool) -> String { value ? "ja" : "nee" }

    /// The M50 column of a table: members stand out with a dot.
    static func m50Member(_ value: Bool) -> String { value ? "● ja" : "nee" }

    /// A source without a URL.
    static let noURL = "(geen URL)"

    /// The kind of a CBS wijk in `lijst wijken --alle`.
    static let cbsWijk = "CBS-wijk"

    /// A CBS wijk's inhabitants, where a curated wijk has its programme.
    static func inhabitants(_ value: String) -> String { "\(value) inwoners" }

    /// `--json` and `--csv` together.
    static let jsonOrCSV = "Kies --json of --csv, niet allebei."

    /// `--alle` with a kind that has no longer list.
    static let allNeedsKind = "--alle hoort bij 'sterk lijst gemeenten' of 'sterk lijst wijken'."
}
