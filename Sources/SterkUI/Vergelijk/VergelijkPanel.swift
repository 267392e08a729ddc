import SterkModel

extension Panel {
    /// A pilot's CBS area beside its municipality, the Netherlands and the comparison areas.
    public static let vergelijk = Panel(id: "vergelijk")
}

/// The Vergelijk panel: choose a pilot, move over the areas, open an area's figures with
/// their sources, and see the pilot's Leefbaarometer trend beside the selected area's.
struct VergelijkPanel: DashboardPanel {
    /// `cursor.selected`: the selected area row; `detailOpen`: the area's figures in the overlay;
    /// `overlayTarget`: a followed figure or source on top of that.
    var pane = PanelState()
    /// Which pilot (index into the dataset's pilots).
    var pilotIndex = 0
    /// Comparisons and grids, made on first use and shared by copies of the panel.
    let cache = ComparisonCache()

    static let entry = PanelEntry(
        .vergelijk, title: DutchComparison.panelTitle, contexts: [.vergelijk], show: .showVergelijk
    ) {
        context, options in
        VergelijkPanel(
            pilotIndex: ComparisonCache.pilotIndex(named: options.vergelijkPilot, in: context.catalog.dataset) ?? 0)
    }

    init(pilotIndex: Int = 0) {
        self.pilotIndex = pilotIndex
    }

    /// The comparison and table of the chosen pilot; nil when the dataset has no pilots.
    func current(_ context: PanelContext) -> ComparisonCache.Entry? {
        cache.entry(pilot: pilotIndex, dataset: context.catalog.dataset)
    }

    mutating func perform(_ id: CommandID, _ context: inout PanelContext) -> [Effect]? {
        if pane.detailOpen || pane.overlayTarget != nil { return performInDetail(id, &context) }
        guard let entry = current(context) else { return nil }
        let count = entry.grid.areas.count
        switch id {
        case .moveUp: pane.cursor.selected = max(0, pane.cursor.selected - 1)
        case .moveDown: pane.cursor.selected = min(count - 1, pane.cursor.selected + 1)
        case .moveFirst, .pageUp: pane.cursor.selected = 0
        case .moveLast, .pageDown: pane.cursor.selected = max(0, count - 1)
        case .nextPilot, .previousPilot: switchPilot(forward: id == .nextPilot, &context)
        case .openDetail:
            pane.detailOpen = true
            pane.detailCursor = PaneCursor(selected: context.firstFocusable(detail(context)))
        case .jumpToSource:
            let area = entry.grid.areas[safe: pane.cursor.selected]
            jumpToSource(Paragraph(.text, [], sources: area.map(ComparisonDetail.sources) ?? []), &context)
        default: return nil
        }
        return []
    }

    /// Keys while the area's figures (or a followed link) are open in the overlay.
    mutating func performInDetail(_ id: CommandID, _ context: inout PanelContext) -> [Effect]? {
        guard let document = overlayDocument(context) ?? detail(context) else { return nil }
        let focused = FocusedPane.overlay(document)
        switch id {
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveFirst, .moveLast:
            pane.detailCursor = context.moved(pane.detailCursor, in: document, id, focused)
        case .openDetail: follow(document.paragraphs[safe: pane.detailCursor.selected], showing: nil, &context)
        case .jumpToSource: jumpToSource(document.paragraphs[safe: pane.detailCursor.selected], &context)
        case .goBack:
            if pane.overlayTarget != nil {
                pane.overlayTarget = nil
            } else {
                pane.detailOpen = false
            }
            pane.detailCursor = PaneCursor()
        case .nextPilot, .previousPilot:
            pane.detailOpen = false
            pane.overlayTarget = nil
            switchPilot(forward: id == .nextPilot, &context)
        default: return nil
        }
        return []
    }

    mutating func switchPilot(forward: Bool, _ context: inout PanelContext) {
        let count = cache.pilotCount(context.catalog.dataset)
        guard count > 0 else { return }
        pilotIndex = (pilotIndex + (forward ? 1 : count - 1)) % count
        pane.cursor = PaneCursor()
        if let entry = current(context) {
            context.status = StatusMessage(
                text: DutchComparison.pilotChosen(entry.comparison.pilot.name), isError: false)
        }
    }

    /// The selected area's figures, sources and Leefbaarometer years as a document.
    func detail(_ context: PanelContext) -> Document? {
        guard let entry = current(context), let area = entry.grid.areas[safe: pane.cursor.selected] else { return nil }
        return cache.detail(pilot: pilotIndex, area: pane.cursor.selected) {
            ComparisonDetail(comparison: entry.comparison, area: area, dataset: context.catalog.dataset).document
        }
    }

    func focus(_ context: PanelContext) -> FocusedPane {
        if let document = overlayDocument(context) { return .overlay(document) }
        if pane.detailOpen, let document = detail(context) { return .overlay(document) }
        return .table
    }

    func positionText(_ context: PanelContext) -> String? {
        guard let entry = current(context), !entry.grid.areas.isEmpty else { return nil }
        return Dutch.position(pane.cursor.selected + 1, entry.grid.areas.count)
    }

    func draw(into buffer: inout ScreenBuffer, _ context: PanelContext) -> (x: Int, y: Int)? {
        let body = context.layout.body
        let inner = body.inset(by: 1)
        guard let entry = current(context) else {
            buffer.box(
                body, style: context.theme[.panelBorder], title: context.panel.title,
                titleStyle: context.theme[.panelTitle], glyphs: context.glyphs.box)
            buffer.write(DutchComparison.noPilots, x: inner.x, y: inner.y, style: context.theme[.gap], clip: inner)
            return nil
        }
        let view = VergelijkView(
            comparison: entry.comparison, grid: entry.grid, selected: pane.cursor.selected,
            pilotPosition: (pilotIndex, cache.pilotCount(context.catalog.dataset)),
            dataset: context.catalog.dataset, theme: context.theme, glyphs: context.glyphs)
        buffer.box(
            body, style: context.theme[.panelBorder], title: view.frameTitle(context.panel.title),
            titleStyle: context.theme[.panelTitle], glyphs: context.glyphs.box)
        var cursor = view.draw(into: &buffer, area: inner)
        if let document = overlayDocument(context) ?? (pane.detailOpen ? detail(context) : nil) {
            cursor = context.drawOverlay(document, cursor: pane.detailCursor, into: &buffer)
        }
        return cursor
    }

    mutating func click(x: Int, y: Int, _ context: inout PanelContext) {
        guard !pane.detailOpen, pane.overlayTarget == nil, let entry = current(context) else { return }
        let inner = context.layout.body.inset(by: 1)
        let view = VergelijkView(
            comparison: entry.comparison, grid: entry.grid, selected: pane.cursor.selected,
            pilotPosition: (pilotIndex, cache.pilotCount(context.catalog.dataset)),
            dataset: context.catalog.dataset, theme: context.theme, glyphs: context.glyphs)
        if let row = view.row(atY: y, area: inner) { pane.cursor.selected = row }
    }

    mutating func wheel(up: Bool, x: Int, _ context: inout PanelContext) {
        _ = perform(up ? .moveUp : .moveDown, &context)
    }
}
