import SterkModel
import SterkStore

/// Taking in store reads and answers; the status filter; opening the forms.
extension VisitPanel {
    /// Takes in a store read: table, Overzicht summary; the selection stays on the same visit.
    mutating func load(_ store: VisitStoreState, select reference: VisitReference?, _ context: inout PanelContext) {
        let keep = reference ?? selectedVisit?.reference
        visits.store = store
        context.summary = WerkbezoekSummary(store, dataset: context.catalog.dataset)
        rebuildTable(select: keep, &context)
    }

    /// Rebuilds the table model for the filter, keeping the sort column and selecting `reference`.
    mutating func rebuildTable(select reference: VisitReference?, _ context: inout PanelContext) {
        let filter = visits.statusFilter
        visits.shown = visits.all.filter { filter == nil || $0.status == filter }
        let model = VisitListTable.model(visits.shown, dataset: context.catalog.dataset)
        table.source = VisitRows(
            model: model, snapshot: visits.store.snapshot, total: visits.all.count,
            statusFilter: filter, readOnly: visits.readOnly)
        var state = TableState(order: [])
        if let old = pane.table, let column = old.sortColumn {
            state.sortColumn = column
            state.ascending = old.ascending
            state.cacheSort(model: model)
        }
        state.order = TableState.order(state, model: model)
        pane.table = state
        let position = reference.flatMap { wanted in state.order.firstIndex { visits.shown[$0].reference == wanted } }
        let selected = max(0, min(position ?? pane.cursor.selected, state.order.count - 1))
        pane.cursor.selected = selected
        pane.cursor.top = Scroll.top(
            current: pane.cursor.top, first: selected, last: selected,
            visible: context.paneSize(.table).height, total: state.order.count)
        pane.detailCursor = PaneCursor(selected: context.firstFocusable(table.selectedDetail(context)))
        context.endSearch = true  // a search's matches index the old rows
    }

    mutating func cycleStatusFilter(_ context: inout PanelContext) {
        let all = VisitStatus.allCases
        if let current = visits.statusFilter, let index = all.firstIndex(of: current) {
            visits.statusFilter = index + 1 < all.count ? all[index + 1] : nil
        } else {
            visits.statusFilter = all.first
        }
        rebuildTable(select: selectedVisit?.reference, &context)
        let text = visits.statusFilter.map { Dutch.visitFilterChosen($0, visits.shown.count) } ?? Dutch.visitFilterAll
        context.status = StatusMessage(text: text, isError: false)
    }

    mutating func openDialog(_ id: CommandID, _ context: inout PanelContext) {
        guard !visits.readOnly else {
            context.status = StatusMessage(text: Dutch.visitReadOnlyRefused, isError: true)
            return
        }
        guard visits.store != .notLoaded else {
            context.status = StatusMessage(text: Dutch.visitsNotLoaded, isError: true)
            return
        }
        if id == .newVisit {
            visits.places = visits.places ?? VisitPlaceMatcher(dataset: context.catalog.dataset)
            visits.dialog = VisitDialog(purpose: .newVisit, form: NewVisitForm.make())
        } else {
            guard let visit = selectedVisit else {
                context.status = StatusMessage(text: Dutch.visitNoneSelected, isError: true)
                return
            }
            if id == .editVisitNotes {
                visits.dialog = NotesForm.make(visit)
            } else if visit.status.isFinal {
                context.status = StatusMessage(
                    text: Dutch.visitFinalStatus(visit.reference.description, visit.status),
                    isError: true)
                return
            } else {
                visits.dialog = StatusChangeForm.make(visit)
            }
        }
        context.endSearch = true
        context.status = nil
        refreshLiveHints(context)
    }

    /// Takes in what the store did: reloads, closes the form on success, keeps it (with the
    /// message) on failure.
    mutating func applyStoreResult(_ result: StoreResult, _ context: inout PanelContext) {
        switch result {
        case let .done(command, reference, store):
            if case .createVisit = command { visits.statusFilter = nil }  // the new visit must be visible
            load(store, select: reference, &context)
            if command != .reload { visits.dialog = nil }
            context.status = StatusMessage(text: successText(command, reference: reference), isError: false)
        case let .failed(command, message, store):
            if let store { load(store, select: nil, &context) }
            if command != .reload, var dialog = visits.dialog {
                dialog.saving = false
                dialog.form.error = message
                visits.dialog = dialog
            }
            let firstLine = message.split(separator: "\n").first.map(String.init) ?? message
            context.status = StatusMessage(text: Dutch.visitSaveFailed(firstLine), isError: true)
        }
    }

    private func successText(_ command: StoreCommand, reference: VisitReference?) -> String {
        let name = reference?.description ?? ""
        switch command {
        case .createVisit: return Dutch.visitCreated(name)
        case let .changeStatus(_, status, _, _, _): return Dutch.visitStatusChanged(name, status)
        case .updateNotes: return Dutch.visitNotesSaved(name)
        case .reload: return Dutch.visitsReloaded(visits.all.count)
        }
    }

    /// What the panel says instead of a table, or nil when there are visits to list.
    var message: [(String, ThemeRole)]? {
        let howTo = visits.readOnly ? Dutch.visitsHowToAddReadOnly : Dutch.visitsHowToAdd
        switch visits.store {
        case .notLoaded: return [(Dutch.visitsNotLoaded, .text)]
        case let .missing(path, _): return [(Dutch.visitsMissing(path), .text), (howTo, .textDim)]
        case let .unavailable(message):
            return [(Dutch.visitsUnavailableTitle, .heading), (message, .formError), (Dutch.visitsRestWorks, .textDim)]
        case let .loaded(snapshot) where snapshot.visits.isEmpty:
            return [(Dutch.visitsEmpty, .text), (howTo, .textDim)]
        case .loaded: return nil
        }
    }

    func drawMessage(_ lines: [(String, ThemeRole)], into buffer: inout ScreenBuffer, _ context: PanelContext) {
        let body = context.layout.body
        buffer.box(
            body, style: context.theme[.panelBorder], title: context.panel.title,
            titleStyle: context.theme[.panelTitle], glyphs: context.glyphs.box)
        let area = body.inset(by: 1)
        let textWidth = max(10, area.width - 4)
        var y = area.y + 1
        for (text, role) in lines {
            for line in Wrap.lines([Span(text, role)], width: textWidth) where y < area.maxY {
                buffer.draw(line, x: area.x + 2, y: y, clip: area, theme: context.theme)
                y += 1
            }
            y += 1
        }
    }
}
