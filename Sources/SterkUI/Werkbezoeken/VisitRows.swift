import SterkStore

/// The Werkbezoeken table's rows: the store's visits after the status filter.
struct VisitRows: TableSource {
    /// The table of the visits shown; nil until the store was read.
    var model: TableModel?
    /// The store's last read, for the visits' detail documents.
    var snapshot: VisitSnapshot?
    /// How many visits the store holds (before the filter).
    var total = 0
    var statusFilter: VisitStatus?
    var readOnly = false

    func model(_ context: PanelContext) -> TableModel? { model }

    /// A visit's detail is built fresh (visits change while the dashboard runs); other targets come from the catalog.
    func detail(_ target: Target, _ context: PanelContext) -> Document? {
        guard case let .visit(reference) = target else { return context.detailDocument(target) }
        guard let snapshot, let visit = snapshot.visits.first(where: { $0.reference.description == reference }) else {
            return nil
        }
        return VisitDetailDocument(parts: context.catalog.parts)
            .document(visit, history: snapshot.histories[visit.reference] ?? [])
    }

    /// "Werkbezoeken (2 van 5) · status bevestigd · alleen-lezen".
    func title(model: TableModel, table: TableState, _ context: PanelContext) -> String {
        var parts = [
            context.panel.title + " ("
                + (table.order.count == total
                    ? Dutch.filterAll(total)
                    : Dutch.filtered(table.order.count, of: total)) + ")"
        ]
        if let filter = statusFilter { parts.append(Dutch.visitFilterStatus(filter)) }
        if let column = table.sortColumn {
            parts.append(Dutch.sortedBy(model.columns[column].title, ascending: table.ascending))
        }
        if readOnly { parts.append(Dutch.visitReadOnlyMark) }
        return parts.joined(separator: context.glyphs.separator)
    }
}
