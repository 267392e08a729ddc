/// Where a table panel's rows, details and title come from.
protocol TableSource: Sendable {
    /// The rows (nil: nothing to list yet).
    func model(_ context: PanelContext) -> TableModel?
    /// The document of a row's target, or of a link followed from a detail.
    func detail(_ target: Target, _ context: PanelContext) -> Document?
    /// The list box's title: name, counts, filters and sort.
    func title(model: TableModel, table: TableState, _ context: PanelContext) -> String
}

/// A table of the dataset (Focusgebieden, Wijken, Gemeenten, Bronnen), built on first use.
struct DatasetTable: TableSource {
    let panel: Panel

    func model(_ context: PanelContext) -> TableModel? { context.catalog.tables[panel] }

    func detail(_ target: Target, _ context: PanelContext) -> Document? { context.detailDocument(target) }

    func title(model: TableModel, table: TableState, _ context: PanelContext) -> String {
        var parts = [
            panel.title + " ("
                + (table.order.count == model.rowCount
                    ? Dutch.filterAll(model.rowCount)
                    : Dutch.filtered(table.order.count, of: model.rowCount)) + ")"
        ]
        if table.m50Filter == .only { parts.append(Dutch.filterM50) }
        if table.m50Filter == .without { parts.append(Dutch.filterNotM50) }
        if let code = table.province {
            parts.append(Dutch.filterProvince(context.catalog.dataset.province(code)?.name ?? code))
        }
        if let column = table.sortColumn {
            parts.append(Dutch.sortedBy(model.columns[column].title, ascending: table.ascending))
        }
        return parts.joined(separator: context.glyphs.separator)
    }
}
