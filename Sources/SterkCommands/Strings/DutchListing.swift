// Dutch wording of general command-line output, in one file for review.

/// Sentences the listings print beside their tables.
enum DutchListing {
    /// "(niet getoond: Id, URL — bredere terminal, --csv of --json)"
    static func hiddenColumns(_ titles: [String]) -> String {
        "(niet getoond: \(titles.joined(separator: ", ")) — bredere terminal, --csv of --json)"
    }
}
