/// Which pane has focus, and what it holds; the view and the update agree through this.
enum FocusedPane {
    case table
    case document(Document)
    case detail(Document)
    case overlay(Document)
    case help
}

extension Dashboard {
    var layout: ScreenLayout { ScreenLayout(width: state.width, height: state.height) }

    /// The pane keys act on.
    var focusedPane: FocusedPane {
        if state.helpShown { return .help }
        let panelState = state.current
        if let target = panelState.overlayTarget, let document = detailDocument(target) { return .overlay(document) }
        if let document = catalog.document(state.panel) { return .document(withWerkbezoek(document)) }
        if panelState.detailOpen, let document = tableDetail(state.panel) { return .detail(document) }
        return .table
    }

    /// The Overzicht document with the werkbezoek hook appended when the store reports one.
    func withWerkbezoek(_ document: Document) -> Document {
        guard state.panel == .overzicht, let summary = werkbezoekSummary else { return document }
        let extra = Document([Paragraph.blank, .heading(Dutch.werkbezoekTitle)] + VisitOverview.paragraphs(summary),
                             searchable: true)
        return Document(paragraphs: document.paragraphs + extra.paragraphs, searchKeys: document.searchKeys + extra.searchKeys,
                        key: .panel(.overzicht, summary))
    }

    /// The row index (into the model) selected in a table panel.
    func selectedRow(_ panel: Panel) -> Int? {
        let panelState = state[panel]
        guard let order = panelState.table?.order, order.indices.contains(panelState.cursor.selected) else { return nil }
        return order[panelState.cursor.selected]
    }

    /// The detail document of a table panel's selected row.
    func tableDetail(_ panel: Panel) -> Document? {
        guard let row = selectedRow(panel), let model = catalog.tables[panel] else { return nil }
        return detailDocument(model.target(row))
    }

    /// A target's detail document, built once and remembered.
    func detailDocument(_ target: Target) -> Document? {
        if case let .visit(reference) = target { return visitDetail(reference) }   // not cached: visits change
        return cache.document(target) {
            guard var document = catalog.parts.detail(target) else { return nil }
            document.key = .detail(target)
            return document
        }
    }

    /// A document's rows wrapped to a width, remembered for documents with a key.
    func wrappedRows(_ document: Document, width: Int) -> [WrappedRow] {
        guard let key = document.key else { return Wrap.rows(document, width: width) }
        return cache.rows(RenderCache.WrapKey(document: key, width: width)) { Wrap.rows(document, width: width) }
    }

    /// Inner size of the focused pane at the last known screen size.
    func paneSize(_ pane: FocusedPane) -> (width: Int, height: Int) {
        let layout = self.layout
        switch pane {
        case .table:
            let rows = layout.tableBoxes(detailOpen: false).list.map(ScreenLayout.tableRows)
            return (rows?.width ?? 0, rows?.height ?? 0)
        case .document: let inner = layout.body.inset(by: 1); return (inner.width, inner.height)
        case .detail:
            let inner = layout.tableBoxes(detailOpen: true).detail?.inset(by: 1)
            return (inner?.width ?? 0, inner?.height ?? 0)
        case .overlay: let inner = layout.overlay.inset(by: 1); return (inner.width, inner.height)
        case .help: let inner = layout.overlay.inset(by: 1); return (inner.width, inner.height)
        }
    }
}

/// Scrolling arithmetic shared by update and view.
enum Scroll {
    /// The first visible row so that rows `first...last` show (as much as fits) inside `visible` rows.
    static func top(current: Int, first: Int, last: Int, visible: Int, total: Int) -> Int {
        guard visible > 0, total > 0 else { return 0 }
        var top = current
        if last >= top + visible { top = last - visible + 1 }
        if first < top { top = first }
        if first >= top + visible { top = first }
        return max(0, min(top, total - visible))
    }

    /// The wrapped rows of a document and where the selected paragraph lies among them.
    static func documentRows(_ rows: [WrappedRow], selected: Int) -> (rows: [WrappedRow], first: Int, last: Int) {
        let first = rows.firstIndex { $0.paragraph == selected } ?? 0
        let last = rows.lastIndex { $0.paragraph == selected } ?? first
        return (rows, first, last)
    }
}
