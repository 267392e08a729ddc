/// Finds entities by name, ignoring case and diacritics, and suggests near misses.
public struct NameMatcher: Sendable {
    /// What a look-up found.
    public enum Result: Sendable, Equatable {
        case found(DatasetEntity)
        case ambiguous([DatasetEntity])
        case notFound(suggestions: [String])
    }

    private let entries: [(keys: [String], entity: DatasetEntity)]

    /// Folds every searchable name once.
    public init(entities: [DatasetEntity]) {
        entries = entities.map { entity in (entity.searchNames.map(SearchFold.fold), entity) }
    }

    /// Exact folded match first, then unique prefix/substring, then suggestions.
    public func find(_ query: String) -> Result {
        let key = SearchFold.fold(query).trimmingSpaces()
        guard !key.isEmpty else { return .notFound(suggestions: []) }
        let exact = entries.filter { $0.keys.contains(key) }.map(\.entity)
        if let result = decide(exact) { return result }
        let prefix = entries.filter { $0.keys.contains { $0.hasPrefix(key) } }.map(\.entity)
        if let result = decide(prefix) { return result }
        let partial = entries.filter { $0.keys.contains { $0.contains(key) } }.map(\.entity)
        if let result = decide(partial) { return result }
        return .notFound(suggestions: suggestions(for: key))
    }

    private func decide(_ matches: [DatasetEntity]) -> Result? {
        let unique = matches.reduce(into: [DatasetEntity]()) { list, entity in
            if !list.contains(entity) { list.append(entity) }
        }
        switch unique.count {
        case 0: return nil
        case 1: return .found(unique[0])
        default: return .ambiguous(unique)
        }
    }

    private func suggestions(for key: String) -> [String] {
        NearMiss.suggestions(for: key, among: entries.map { ($0.keys, $0.entity.name) })
    }
}

extension String {
    /// Removes leading and trailing spaces without Foundation.
    func trimmingSpaces() -> String {
        var view = Substring(self)
        while view.first == " " { view.removeFirst() }
        while view.last == " " { view.removeLast() }
        return String(view)
    }
}
