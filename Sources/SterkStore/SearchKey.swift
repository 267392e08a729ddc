import SterkModel

/// The folded form of a visitor name that the store keeps next to it, so a search folds only
/// the query, never every row. Uses the model's `SearchFold`, the product's one fold, and
/// also collapses runs of spaces.
///
/// If `SearchFold` ever changes, stored keys go stale: add a migration that recomputes
/// `visitor.name_key`.
package enum SearchKey {
    /// "Fatima el  Amraní" → "fatima el amrani".
    package static func fold(_ text: String) -> String {
        SearchFold.fold(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
