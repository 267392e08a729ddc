/// The focus areas' own words: the two cohorts, and what stands in for a damaged row.
enum DutchFocusArea {
    static let original = "oorspronkelijke 16"
    static let added2022 = "toegevoegd 4-7-2022"

    /// The name of a row the compact store could not decode (see `FocusAreaStore.area`).
    static let unreadable = "onleesbaar"

    static func unreadableID(row: Int) -> String { "onleesbaar-\(row)" }

    /// The trap for a position past the end (a programming error, never data).
    static func noSuchPosition(_ position: Int) -> String { "focusgebied \(position) bestaat niet" }
}
