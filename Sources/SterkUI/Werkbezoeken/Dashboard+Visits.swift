import SterkModel
import SterkStore

/// The Werkbezoeken panel: taking in store reads, the table, the filter and the detail.
extension Dashboard {
    mutating func setUpVisits(_ options: DashboardOptions) {
        visits.readOnly = options.readOnly
        load(options.werkbezoeken, select: nil)
    }

    /// Takes in a store read: table, Overzicht summary; the selection stays on the same visit.
    mutating func load(_ store: VisitStoreState, select reference: VisitReference?) {
        let keep = reference ?? selectedVisit?.reference
        visits.store = store
        werkbezoekSummary = WerkbezoekSummary(store, dataset: catalog.dataset)
        rebuildVisitTable(select: keep)
    }

    /// Rebuilds the table model for the filter, keeping the sort column and selecting `reference`.
    mutating func rebuildVisitTable(select reference: VisitReference?) {
        let filter = visits.statusFilter
        visits.shown = visits.all.filter { filter == nil || $0.status == filter }
        let model = VisitListTable.model(visits.shown, dataset: catalog.dataset)
        catalog.tables[.werkbezoeken] = model
        var panelState = state[.werkbezoeken]
        var table = TableState(order: [])
        if let old = panelState.table, let column = old.sortColumn {
            table.sortColumn = column
            table.ascending = old.ascending
            table.sortCache[cacheKey(column, old.ascending)] = model.sortedOrder(column: column, ascending: old.ascending)
        }
        table.order = Dashboard.order(table, model: model)
        panelState.table = table
        let position = reference.flatMap { wanted in table.order.firstIndex { visits.shown[$0].reference == wanted } }
        let selected = max(0, min(position ?? panelState.cursor.selected, table.order.count - 1))
        panelState.cursor.selected = selected
        panelState.cursor.top = Scroll.top(current: panelState.cursor.top, first: selected, last: selected,
                                           visible: paneSize(.table).height, total: table.order.count)
        state[.werkbezoeken] = panelState
        state[.werkbezoeken].detailCursor = PaneCursor(selected: firstFocusable(tableDetail(.werkbezoeken)))
        if state.search?.panel == .werkbezoeken { state.search = nil }   // its matches index the old rows
    }

    /// The visit selected in the table.
    var selectedVisit: Werkbezoek? {
        selectedRow(.werkbezoeken).flatMap { visits.shown[safe: $0] }
    }

    /// The detail document of a visit, built fresh (visits change while the dashboard runs).
    func visitDetail(_ reference: String) -> Document? {
        guard let snapshot = visits.store.snapshot,
              let visit = snapshot.visits.first(where: { $0.reference.description == reference }) else { return nil }
        return VisitDetailDocument(parts: catalog.parts).document(visit, history: snapshot.histories[visit.reference] ?? [])
    }

    mutating func cycleVisitStatusFilter() {
        let all = VisitStatus.allCases
        if let current = visits.statusFilter, let index = all.firstIndex(of: current) {
            visits.statusFilter = index + 1 < all.count ? all[index + 1] : nil
        } else {
            visits.statusFilter = all.first
        }
        rebuildVisitTable(select: selectedVisit?.reference)
        let text = visits.statusFilter.map { Dutch.visitFilterChosen($0, visits.shown.count) } ?? Dutch.visitFilterAll
        state.status = StatusMessage(text: text, isError: false)
    }

    /// "Werkbezoeken (2 van 5) · status bevestigd · alleen-lezen".
    func visitTableTitle(model: TableModel, table: TableState) -> String {
        let total = visits.all.count
        var parts = [state.panel.title + " (" + (table.order.count == total ? Dutch.filterAll(total)
            : Dutch.filtered(table.order.count, of: total)) + ")"]
        if let filter = visits.statusFilter { parts.append(Dutch.visitFilterStatus(filter)) }
        if let column = table.sortColumn {
            parts.append(Dutch.sortedBy(model.columns[column].title, ascending: table.ascending))
        }
        if visits.readOnly { parts.append(Dutch.visitReadOnlyMark) }
        return parts.joined(separator: glyphs.separator)
    }

    /// The context stack with a form open, or without the changing commands when read-only.
    func visitContexts(_ contexts: [CommandContext]) -> [CommandContext] {
        if let dialog = visits.dialog { return Dashboard.formContexts(newVisit: dialog.purpose == .newVisit) }
        return visits.readOnly ? contexts.filter { $0 != .werkbezoekWijzigen } : contexts
    }

    /// While a form is open: only Ctrl-C and the form's own keys (every character is typed);
    /// adding visitors and programme rows only in the new-visit form.
    static func formContexts(newVisit: Bool) -> [CommandContext] {
        [.altijd, .formulier] + (newVisit ? [.nieuwBezoek] : [])
    }
}
