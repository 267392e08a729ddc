extension Panel {
    /// The case at a glance, and the werkbezoek hook.
    public static let overzicht = Panel(id: "overzicht")
    /// Who to call at the M50.
    public static let contact = Panel(id: "contact")
}

/// A panel that is one document (Overzicht, Contact): move between its lines, follow links,
/// jump to sources; a followed link without a table row opens in the overlay.
struct DocumentPanel: DashboardPanel {
    /// Which of the catalog's documents the panel shows.
    enum Content: Sendable {
        case overview, contact
    }

    let content: Content
    var pane = PanelState()

    static let overzicht = PanelEntry(.overzicht, title: Dutch.panelTitleOverzicht, show: .showOverzicht) { _, _ in
        DocumentPanel(content: .overview)
    }
    static let contact = PanelEntry(.contact, title: Dutch.panelTitleContact, contexts: [.contact], show: .showContact)
    { _, _ in
        DocumentPanel(content: .contact)
    }

    /// The document shown, with the werkbezoek hook on the Overzicht when the store reports one.
    func document(_ context: PanelContext) -> Document {
        switch content {
        case .contact: return context.catalog.contact
        case .overview:
            let base = context.catalog.overview
            guard let summary = context.summary else { return base }
            let extra = Document(
                [Paragraph.blank, .heading(Dutch.werkbezoekTitle)] + VisitOverview.paragraphs(summary),
                searchable: true)
            return Document(
                paragraphs: base.paragraphs + extra.paragraphs, searchKeys: base.searchKeys + extra.searchKeys,
                key: DashboardDocument.panel(.overzicht, summary).key)
        }
    }

    mutating func perform(_ id: CommandID, _ context: inout PanelContext) -> [Effect]? {
        switch id {
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveFirst, .moveLast: move(id, context)
        case .openDetail: follow(focusedParagraph(context), showing: nil, &context)
        case .jumpToSource: jumpToSource(focusedParagraph(context), &context)
        case .copySourceURL: return copySourceURL(focusedParagraph(context)?.sources.first, &context)
        case .goBack:
            guard pane.overlayTarget != nil else { return nil }
            pane.overlayTarget = nil
        case .copyEmail: return copy(Dutch.emailWord, context.catalog.dataset.contact.email, &context)
        case .copyPhone: return copy(Dutch.phoneWord, context.catalog.dataset.contact.phone, &context)
        default: return nil
        }
        return []
    }

    func focus(_ context: PanelContext) -> FocusedPane {
        if let document = overlayDocument(context) { return .overlay(document) }
        return .document(document(context))
    }

    /// The paragraph the focused cursor stands on.
    func focusedParagraph(_ context: PanelContext) -> Paragraph? {
        switch focus(context) {
        case let .document(document): return document.paragraphs[safe: pane.cursor.selected]
        case let .overlay(document): return document.paragraphs[safe: pane.detailCursor.selected]
        default: return nil
        }
    }

    mutating func move(_ id: CommandID, _ context: PanelContext) {
        let focused = focus(context)
        switch focused {
        case let .document(document): pane.cursor = context.moved(pane.cursor, in: document, id, focused)
        case let .overlay(document): pane.detailCursor = context.moved(pane.detailCursor, in: document, id, focused)
        default: break
        }
    }

    func copy(_ what: String, _ value: String, _ context: inout PanelContext) -> [Effect] {
        context.status = StatusMessage(text: Dutch.copied(what, value), isError: false)
        return [.copyToClipboard(value)]
    }

    func draw(into buffer: inout ScreenBuffer, _ context: PanelContext) -> (x: Int, y: Int)? {
        let document = document(context)
        let body = context.layout.body
        buffer.box(
            body, style: context.theme[.panelBorder], title: context.panel.title,
            titleStyle: context.theme[.panelTitle], glyphs: context.glyphs.box)
        let view = context.documentView(
            context.wrappedRows(document, width: body.width - 4), cursor: pane.cursor,
            focused: pane.overlayTarget == nil, searched: true)
        var cursor = view.draw(into: &buffer, area: body.inset(by: 1))
        if let overlay = overlayDocument(context) {
            cursor = context.drawOverlay(overlay, cursor: pane.detailCursor, into: &buffer)
        }
        return cursor
    }

    mutating func click(x: Int, y: Int, _ context: inout PanelContext) {
        let layout = context.layout
        switch focus(context) {
        case let .document(document):
            pane.cursor = context.clicked(pane.cursor, document, area: layout.body.inset(by: 1), y: y)
        case let .overlay(document):
            pane.detailCursor = context.clicked(pane.detailCursor, document, area: layout.overlay.inset(by: 1), y: y)
        default: break
        }
    }

    mutating func wheel(up: Bool, x: Int, _ context: inout PanelContext) {
        for _ in 0..<3 { move(up ? .moveUp : .moveDown, context) }
    }

    /// The document without the werkbezoek hook: what the search searches.
    func base(_ context: PanelContext) -> Document {
        content == .overview ? context.catalog.overview : context.catalog.contact
    }

    func searchMatches(_ needle: String, among candidates: [Int]?, _ context: PanelContext) -> [Int] {
        let keys = base(context).searchKeys
        return (candidates ?? Array(keys.indices)).filter { keys[$0].contains(needle) }
    }

    func searchPositions(_ context: PanelContext) -> [Int] { Array(base(context).searchKeys.indices) }

    mutating func selectSearchPosition(_ position: Int, _ context: PanelContext) {
        let document = document(context)
        pane.cursor.selected = position
        let size = context.paneSize(.document(base(context)))
        let placed = Scroll.documentRows(context.wrappedRows(document, width: size.width - 2), selected: position)
        pane.cursor.top = Scroll.top(
            current: pane.cursor.top, first: placed.first, last: placed.last,
            visible: size.height, total: placed.rows.count)
    }
}
