import SterkModel

extension Panel {
    /// The NPLV focus areas.
    public static let focusgebieden = Panel(id: "focusgebieden")
    /// Pilot wijken and comparison areas.
    public static let wijken = Panel(id: "wijken")
    /// The M50 municipalities.
    public static let gemeenten = Panel(id: "gemeenten")
    /// Every source.
    public static let bronnen = Panel(id: "bronnen")
}

/// The four dataset tables: one generic table panel each, with its columns from `Panels/`.
extension DatasetTable {
    static let focusgebieden = entry(
        .focusgebieden, Dutch.panelTitleFocusgebieden, contexts: [.tabel, .focusgebieden], show: .showFocusgebieden,
        DatasetTableSpec(rowCount: { $0.focusAreas.count }, make: { FocusAreaTable.model($0, unicode: $1) }),
        shows: { if case .focusArea = $0 { true } else { false } })
    static let wijken = entry(
        .wijken, Dutch.panelTitleWijken, contexts: [.tabel], show: .showWijken,
        DatasetTableSpec(rowCount: { WijkTable.rowCount($0) }, make: { WijkTable.model($0, unicode: $1) }),
        shows: {
            switch $0 {
            case .wijk, .cbsArea: true;
            default: false
            }
        })
    static let gemeenten = entry(
        .gemeenten, Dutch.panelTitleGemeenten, contexts: [.tabel], show: .showGemeenten,
        DatasetTableSpec(
            rowCount: { $0.m50.memberList.members.count }, make: { data, _ in MunicipalityTable.model(data) }),
        shows: { if case .municipality = $0 { true } else { false } })
    static let bronnen = entry(
        .bronnen, Dutch.panelTitleBronnen, contexts: [.tabel], show: .showBronnen,
        DatasetTableSpec(rowCount: { $0.sources.count }, make: { data, _ in SourceTable.model(data) }),
        shows: { if case .source = $0 { true } else { false } })

    /// A registry entry for a dataset table shown by the generic table panel.
    static func entry(
        _ panel: Panel, _ title: String, contexts: [CommandContext], show: CommandID,
        _ table: DatasetTableSpec, shows: @escaping @Sendable (Target) -> Bool
    ) -> PanelEntry {
        PanelEntry(panel, title: title, contexts: contexts, show: show, table: table, shows: shows) { context, _ in
            TablePanel(source: DatasetTable(panel: panel), rowCount: context.catalog.tables.rowCount(panel))
        }
    }
}
