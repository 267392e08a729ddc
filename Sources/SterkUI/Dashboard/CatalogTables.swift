import Foundation
import SterkModel

/// The catalog's tables, each built from the dataset the first time it is asked for.
///
/// Why: the dashboard opens on the Overzicht, and building every table at start-up (folded
/// search keys, sort keys, cells) cost more than the first frame's drawing; now a panel's
/// table is built when the panel is first shown or searched. It reads like the dictionary
/// it replaces: `tables[panel]` to get, assignment to replace (the Werkbezoeken table,
/// which follows the store rather than the dataset).
struct CatalogTables: Sendable {
    private let built: TableMemo

    init(dataset: Dataset, unicode: Bool) {
        built = TableMemo(dataset: dataset, unicode: unicode)
    }

    /// The panel's dataset table, built now if it is not yet; nil for panels without one.
    subscript(_ panel: Panel) -> TableModel? { built.table(panel) }

    /// The number of rows `self[panel]` has, without building a table that is not built yet.
    func rowCount(_ panel: Panel) -> Int? { built.rowCount(panel) }

    /// The dataset tables built so far.
    var builtPanels: Set<Panel> { built.builtPanels }
}

/// Dataset tables made on first use; shared by copies of the dashboard (they hold the same
/// dataset), so a table is built once per run. A class with a lock because `view` is
/// non-mutating and a `Catalog` is `Sendable`, like `MapSceneBox`.
final class TableMemo: @unchecked Sendable {
    private let dataset: Dataset
    private let unicode: Bool
    private let lock = NSLock()
    private var tables: [Panel: TableModel] = [:]

    init(dataset: Dataset, unicode: Bool) {
        self.dataset = dataset
        self.unicode = unicode
    }

    func table(_ panel: Panel) -> TableModel? {
        lock.lock()
        defer { lock.unlock() }
        if let table = tables[panel] { return table }
        guard let spec = PanelRegistry.entry(panel)?.table else { return nil }
        let made = spec.make(dataset, unicode)
        tables[panel] = made
        return made
    }

    /// The panels whose table has been built (tests check that start-up builds none).
    var builtPanels: Set<Panel> {
        lock.lock()
        defer { lock.unlock() }
        return Set(tables.keys)
    }

    /// Each table has one row per item of one dataset list (a test holds them equal).
    func rowCount(_ panel: Panel) -> Int? {
        PanelRegistry.entry(panel)?.table?.rowCount(dataset)
    }
}
