// The refusals of a read-only machine (`--alleen-lezen`, `STERK_ALLEEN_LEZEN`), in one file for review.

/// Why a change was refused on a machine that may only look.
enum DutchReadOnly {
    /// A command that changes data, refused before it touches anything.
    static func commandRefused(_ variable: String) -> String {
        "Alleen-lezen (--alleen-lezen of \(variable)): deze opdracht verandert gegevens en is geweigerd."
    }

    /// A change asked of a dashboard started with `--alleen-lezen`.
    static let dashboard = "dit dashboard is gestart met --alleen-lezen; er wordt niets opgeslagen."
}
