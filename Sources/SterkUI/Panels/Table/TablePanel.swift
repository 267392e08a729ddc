/// The generic table panel: a list with a detail pane, sort, filters and search.
///
/// It serves every dataset table (`DatasetTable`) and, inside `VisitPanel`, the werkbezoeken.
struct TablePanel<Source: TableSource>: DashboardPanel {
    var source: Source
    var pane = PanelState()

    /// Starts with every row in model order (nil rows: nothing to list yet).
    init(source: Source, rowCount: Int?) {
        self.source = source
        pane.table = rowCount.map { TableState(order: Array(0..<$0)) }
    }

    mutating func perform(_ id: CommandID, _ context: inout PanelContext) -> [Effect]? {
        switch id {
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveFirst, .moveLast: move(id, context)
        case .openDetail: openDetail(&context)
        case .goBack: return goBack() ? [] : nil
        case .jumpToSource: jumpToSource(focusedParagraph(context), &context)
        case .copySourceURL: return copySourceURL(focusedSourceID(context), &context)
        case .sortNextColumn: sortNextColumn(&context)
        case .reverseSort: reverseSort(&context)
        case .cycleM50Filter: cycleM50Filter(&context)
        case .cycleProvinceFilter: cycleProvinceFilter(&context)
        case .clearFilters: clearFilters(context)
        default: return nil
        }
        return []
    }

    func focus(_ context: PanelContext) -> FocusedPane {
        if let document = overlayDocument(context) { return .overlay(document) }
        if pane.detailOpen, let document = selectedDetail(context) { return .detail(document) }
        return .table
    }

    func document(for target: Target, _ context: PanelContext) -> Document? { source.detail(target, context) }

    /// The row index (into the model) selected.
    var selectedRow: Int? {
        guard let order = pane.table?.order, order.indices.contains(pane.cursor.selected) else { return nil }
        return order[pane.cursor.selected]
    }

    /// The target of the selected row.
    func selectedTarget(_ context: PanelContext) -> Target? {
        guard let row = selectedRow else { return nil }
        return source.model(context)?.target(row)
    }

    /// The detail document of the selected row.
    func selectedDetail(_ context: PanelContext) -> Document? {
        selectedTarget(context).flatMap { source.detail($0, context) }
    }

    /// The focused line's first source; in a list of sources, the selected one.
    func focusedSourceID(_ context: PanelContext) -> String? {
        if case .table = focus(context), case let .source(id)? = selectedTarget(context) { return id }
        return focusedParagraph(context)?.sources.first
    }

    /// The paragraph the detail or overlay cursor stands on.
    func focusedParagraph(_ context: PanelContext) -> Paragraph? {
        switch focus(context) {
        case let .detail(document), let .overlay(document): return document.paragraphs[safe: pane.detailCursor.selected]
        default: return nil
        }
    }

    mutating func openDetail(_ context: inout PanelContext) {
        switch focus(context) {
        case .table:
            guard selectedRow != nil else { return }
            pane.detailOpen = true
            pane.detailCursor = PaneCursor(selected: context.firstFocusable(selectedDetail(context)))
        default:
            follow(focusedParagraph(context), showing: pane.detailOpen ? selectedTarget(context) : nil, &context)
        }
    }

    /// Esc: closes the overlay, else the detail; false when neither was open.
    mutating func goBack() -> Bool {
        if pane.overlayTarget != nil {
            pane.overlayTarget = nil
        } else if pane.detailOpen {
            pane.detailOpen = false
        } else {
            return false
        }
        return true
    }

    mutating func reveal(_ target: Target, _ context: inout PanelContext) -> Bool {
        guard let model = source.model(context), let row = model.position(of: target) else { return false }
        pane.table = resetFilters(pane.table ?? TableState(order: []), model: model)
        pane.cursor.selected = pane.table?.order.firstIndex(of: row) ?? 0
        pane.detailOpen = true
        pane.overlayTarget = nil
        pane.detailCursor = PaneCursor(selected: context.firstFocusable(selectedDetail(context)))
        keepSelectionVisible(context)
        return true
    }

    func positionText(_ context: PanelContext) -> String? {
        guard let order = pane.table?.order, !order.isEmpty else { return nil }
        return Dutch.position(pane.cursor.selected + 1, order.count)
    }

    func searchMatches(_ needle: String, among candidates: [Int]?, _ context: PanelContext) -> [Int] {
        source.model(context)?.searchKeys.rows(containing: needle, among: candidates) ?? []
    }

    func searchPositions(_ context: PanelContext) -> [Int] { pane.table?.order ?? [] }

    mutating func selectSearchPosition(_ position: Int, _ context: PanelContext) { selectRow(position, context) }
}
