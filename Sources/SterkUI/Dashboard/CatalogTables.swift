import SterkModel

/// The catalog's tables, each built from the dataset the first time it is asked for.
///
/// Why: the dashboard opens on the Overzicht, and building every table at start-up (folded
/// search keys, sort keys, cells) cost more than the first frame's drawing; now a panel's
/// table is built when the panel is first shown or searched. It reads like the dictionary
/// it replaces: `tables[panel]` to get, assignment to replace (the Werkbezoeken table,
/// which follows the store rather than the dataset).
struct CatalogTables: Sendable {
    private let dataset: Dataset
    private let unicode: Bool
    /// Shared by copies of the dashboard (they hold the same dataset): a table is built once per run.
    private let built = Memo<Panel, TableModel>()

    init(dataset: Dataset, unicode: Bool) {
        self.dataset = dataset
        self.unicode = unicode
    }

    /// The panel's dataset table, built now if it is not yet; nil for panels without one.
    subscript(_ panel: Panel) -> TableModel? {
        guard let spec = PanelRegistry.entry(panel)?.table else { return nil }
        return built.value(panel) { spec.make(dataset, unicode) }
    }

    /// The number of rows `self[panel]` has, without building a table that is not built yet.
    /// Each table has one row per item of one dataset list (a test holds them equal).
    func rowCount(_ panel: Panel) -> Int? { PanelRegistry.entry(panel)?.table?.rowCount(dataset) }

    /// The dataset tables built so far (tests check that start-up builds none).
    var builtPanels: Set<Panel> { built.keys }
}
