import SterkModel

/// The Vergelijk panel's comparisons, tables and area documents, made on first use.
///
/// Two `Memo`s (the UI's one cache type and rule): every value is a pure function of the
/// dataset, copies of the panel share them, and the dashboard's start never builds a comparison.
struct ComparisonCache: Sendable {
    /// One pilot's comparison and its table.
    struct Entry {
        let comparison: PilotComparison
        let grid: ComparisonGrid
    }

    /// An area's document within a pilot's comparison.
    private struct DetailKey: Hashable {
        let pilot: Int
        let area: Int
    }

    private let entries = Memo<Int, Entry>()
    private let details = Memo<DetailKey, Document>()

    /// The pilot wijken, in dataset order.
    static func pilots(_ dataset: Dataset) -> [Wijk] { dataset.wijken.filter { $0.kind == .pilot } }

    func pilotCount(_ dataset: Dataset) -> Int { ComparisonCache.pilots(dataset).count }

    /// The index of the pilot a name finds ("dommelbergen", "Zeist-Noord", "raalte"); nil when none.
    static func pilotIndex(named name: String?, in dataset: Dataset) -> Int? {
        guard let name, !name.isEmpty else { return nil }
        let needle = SearchFold.fold(name)
        return pilots(dataset).firstIndex { pilot in
            let names =
                [pilot.id, pilot.name, pilot.cbsLabel ?? ""] + pilot.cbsAreas
                + pilot.cbsAreas.compactMap { dataset.cbsArea($0)?.displayName }
                + [dataset.municipality(pilot.municipalityCode)?.name ?? ""]
            return names.contains { !$0.isEmpty && SearchFold.fold($0).contains(needle) }
        }
    }

    func entry(pilot index: Int, dataset: Dataset) -> Entry? {
        entries.valueIfAny(index) {
            let pilots = ComparisonCache.pilots(dataset)
            guard pilots.indices.contains(index), let comparison = dataset.comparison(pilotID: pilots[index].id) else {
                return nil
            }
            return Entry(comparison: comparison, grid: ComparisonGrid(comparison))
        }
    }

    func detail(pilot: Int, area: Int, make: () -> Document) -> Document {
        details.value(DetailKey(pilot: pilot, area: area), make: make)
    }
}
