import SterkModel

/// One registered panel: its name, tab title, key contexts and how to make its component.
struct PanelEntry: Sendable {
    /// The panel's name.
    let panel: Panel
    /// The Dutch tab title.
    let title: String
    /// The panel's own key contexts, between `altijd` and `algemeen`.
    let contexts: [CommandContext]
    /// The command that shows the panel (its digit key), if it has one.
    let showCommand: CommandID?
    /// The dataset table the panel lists, built on first use; nil for panels without one.
    let table: DatasetTableSpec?
    /// True for the targets whose rows this panel lists (a link to one jumps here).
    let shows: @Sendable (Target) -> Bool
    /// Makes the panel's component when the dashboard starts (it may set the context's summary or status).
    let make: @Sendable (inout PanelContext, DashboardOptions) -> any DashboardPanel

    init(
        _ panel: Panel, title: String, contexts: [CommandContext] = [], show: CommandID? = nil,
        table: DatasetTableSpec? = nil, shows: @escaping @Sendable (Target) -> Bool = { _ in false },
        make: @escaping @Sendable (inout PanelContext, DashboardOptions) -> any DashboardPanel
    ) {
        self.panel = panel
        self.title = title
        self.contexts = contexts
        self.showCommand = show
        self.table = table
        self.shows = shows
        self.make = make
    }
}

/// How a dataset table is made and how many rows it will have (without making it).
struct DatasetTableSpec: Sendable {
    let rowCount: @Sendable (Dataset) -> Int
    let make: @Sendable (Dataset, _ unicode: Bool) -> TableModel
}

/// Every panel of the dashboard, in tab order.
///
/// Adding a panel: a folder with its component (a `DashboardPanel`), its `Panel` name and
/// its `PanelEntry`, and one line here. See docs/architecture.md.
enum PanelRegistry {
    static let entries: [PanelEntry] = [
        DocumentPanel.overzicht,
        DatasetTable.focusgebieden,
        DatasetTable.wijken,
        DatasetTable.gemeenten,
        DocumentPanel.contact,
        DatasetTable.bronnen,
        KaartPanel.entry,
        VisitPanel.entry,
        VergelijkPanel.entry,
    ]

    /// The panels in tab order.
    static let panels: [Panel] = entries.map(\.panel)
    /// Each panel's place in the tab order.
    static let position: [Panel: Int] = Dictionary(
        entries.enumerated().map { ($1.panel, $0) }, uniquingKeysWith: { a, _ in a })
    private static let byPanel: [Panel: PanelEntry] = Dictionary(
        entries.map { ($0.panel, $0) }, uniquingKeysWith: { a, _ in a })

    /// The entry of a panel; nil for a name nobody registered.
    static func entry(_ panel: Panel) -> PanelEntry? { byPanel[panel] }

    /// The panel a show command (a digit key) leads to.
    static func panel(shownBy id: CommandID) -> Panel? { entries.first { $0.showCommand == id }?.panel }

    /// The panel that lists `target`'s rows, if any.
    static func home(of target: Target) -> Panel? { entries.first { $0.shows(target) }?.panel }
}
