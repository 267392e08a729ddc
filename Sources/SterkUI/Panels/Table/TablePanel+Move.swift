/// Moving the selection in the list, the detail or the overlay, whichever has focus.
extension TablePanel {
    mutating func move(_ id: CommandID, _ context: PanelContext) {
        let focused = focus(context)
        switch focused {
        case .table: moveInTable(id, context)
        case let .detail(document), let .overlay(document):
            pane.detailCursor = context.moved(pane.detailCursor, in: document, id, focused)
        case .document, .help: break
        }
    }

    mutating func moveInTable(_ id: CommandID, _ context: PanelContext) {
        guard let count = pane.table?.order.count, count > 0 else { return }
        let page = max(1, context.paneSize(.table).height)
        let selected = pane.cursor.selected
        let target: Int
        switch id {
        case .moveUp: target = selected - 1
        case .moveDown: target = selected + 1
        case .pageUp: target = selected - page
        case .pageDown: target = selected + page
        case .moveFirst: target = 0
        default: target = count - 1
        }
        selectRow(max(0, min(count - 1, target)), context)
    }

    /// Selects a position in the display order; the detail starts at its first line.
    mutating func selectRow(_ position: Int, _ context: PanelContext) {
        pane.cursor.selected = position
        pane.detailCursor = PaneCursor(selected: context.firstFocusable(selectedDetail(context)))
        keepSelectionVisible(context)
    }

    /// Clamps the selection after a resize, a filter or a jump, and scrolls it into view.
    mutating func keepSelectionVisible(_ context: PanelContext) {
        guard let count = pane.table?.order.count else { return }
        pane.cursor.selected = max(0, min(pane.cursor.selected, count - 1))
        pane.cursor.top = Scroll.top(
            current: pane.cursor.top, first: pane.cursor.selected, last: pane.cursor.selected,
            visible: context.paneSize(.table).height, total: count)
    }
}
