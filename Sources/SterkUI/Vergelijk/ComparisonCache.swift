import Foundation
import SterkModel

/// The Vergelijk panel's comparisons, tables and area documents, made on first use.
///
/// A class because `draw` is non-mutating and every value is a pure function of the dataset;
/// the dashboard's start never builds a comparison.
final class ComparisonCache: @unchecked Sendable {
    /// One pilot's comparison and its table.
    struct Entry {
        let comparison: PilotComparison
        let grid: ComparisonGrid
    }

    private let lock = NSLock()
    private var entries: [Int: Entry] = [:]
    private var details: [Int: Document] = [:]

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
        lock.lock()
        defer { lock.unlock() }
        if let entry = entries[index] { return entry }
        let pilots = ComparisonCache.pilots(dataset)
        guard pilots.indices.contains(index), let comparison = dataset.comparison(pilotID: pilots[index].id) else {
            return nil
        }
        let entry = Entry(comparison: comparison, grid: ComparisonGrid(comparison))
        entries[index] = entry
        return entry
    }

    func detail(pilot: Int, area: Int, make: () -> Document) -> Document {
        let key = pilot * 1000 + area
        lock.lock()
        if let document = details[key] { lock.unlock(); return document }
        lock.unlock()
        let document = make()
        lock.lock()
        details[key] = document
        lock.unlock()
        return document
    }
}
