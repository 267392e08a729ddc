/// Finds the municipality or wijk a person typed, ignoring case and diacritics.
///
/// One place for the matching rules, so that the command line and the dashboard's visit
/// form accept exactly the same input; each front end words the outcome itself.
public struct PlaceLookup: Sendable {
    /// What a typed municipality came to.
    public enum MunicipalityMatch: Sendable, Equatable {
        case found(Municipality)
        case ambiguous([String])
        case unknown(suggestions: [String])
    }

    public let dataset: Dataset
    private let matcher: NameMatcher

    /// Folds every municipality name once.
    public init(dataset: Dataset) {
        self.dataset = dataset
        matcher = NameMatcher(entities: dataset.municipalities.map(DatasetEntity.municipality))
    }

    /// A CBS code ("gm0355") first, then a name or alias.
    public func municipality(_ text: String) -> MunicipalityMatch {
        if let exact = dataset.municipality(text.uppercased()) { return .found(exact) }
        switch matcher.find(text) {
        case let .found(.municipality(municipality)): return .found(municipality)
        case let .ambiguous(matches): return .ambiguous(matches.map(\.name))
        case let .notFound(suggestions): return .unknown(suggestions: suggestions)
        case .found: return .unknown(suggestions: [])
        }
    }

    /// Names of wijken near `text` (for "bedoelt u …?"), nearest first.
    public func wijkSuggestions(_ text: String) -> [String] {
        let key = SearchFold.fold(text).trimmingSpaces()
        return NearMiss.suggestions(
            for: key, among: dataset.wijken.map { ([SearchFold.fold($0.name), SearchFold.fold($0.id)], $0.name) })
    }

    /// The wijk with this id or name, if any.
    public func wijk(_ text: String) -> Wijk? {
        let key = SearchFold.fold(text)
        return dataset.wijken.first { SearchFold.fold($0.id) == key || SearchFold.fold($0.name) == key }
    }
}
