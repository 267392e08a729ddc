/// Moving the selection in whichever pane has focus.
extension Dashboard {
    mutating func move(_ id: CommandID) {
        let pane = focusedPane
        switch pane {
        case .help: moveHelp(id)
        case .table: moveTable(id)
        case let .document(document): state.current.cursor = moved(state.current.cursor, in: document, id, pane)
        case let .detail(document), let .overlay(document):
            state.current.detailCursor = moved(state.current.detailCursor, in: document, id, pane)
        }
    }

    mutating func moveTable(_ id: CommandID) {
        guard let count = state.current.table?.order.count, count > 0 else { return }
        let page = max(1, paneSize(.table).height)
        let selected = state.current.cursor.selected
        let target: Int
        switch id {
        case .moveUp: target = selected - 1
        case .moveDown: target = selected + 1
        case .pageUp: target = selected - page
        case .pageDown: target = selected + page
        case .moveFirst: target = 0
        default: target = count - 1
        }
        selectTableRow(max(0, min(count - 1, target)))
    }

    mutating func selectTableRow(_ position: Int) {
        state.current.cursor.selected = position
        state.current.detailCursor = PaneCursor(selected: firstFocusable(tableDetail(state.panel)))
        keepSelectionVisible()
    }

    func moved(_ cursor: PaneCursor, in document: Document, _ id: CommandID, _ pane: FocusedPane) -> PaneCursor {
        let focusable = document.paragraphs.indices.filter { document.paragraphs[$0].isFocusable }
        guard !focusable.isEmpty else { return cursor }
        let here = focusable.firstIndex { $0 >= cursor.selected } ?? focusable.count - 1
        let page = max(1, paneSize(pane).height / 2)
        let next: Int
        switch id {
        case .moveUp: next = here - 1
        case .moveDown: next = here + 1
        case .pageUp: next = here - page
        case .pageDown: next = here + page
        case .moveFirst: next = 0
        default: next = focusable.count - 1
        }
        var result = cursor
        result.selected = focusable[max(0, min(focusable.count - 1, next))]
        let size = paneSize(pane)
        let placed = Scroll.documentRows(wrappedRows(document, width: size.width - 2), selected: result.selected)
        result.top = Scroll.top(current: cursor.top, first: placed.first, last: placed.last, visible: size.height,
                                total: placed.rows.count)
        if id == .moveFirst { result.top = 0 }
        return result
    }

    mutating func moveHelp(_ id: CommandID) {
        let total = KeymapDocs.helpLines(unicode: capabilities.unicode, readOnly: visits.readOnly).count
        let visible = max(1, paneSize(.help).height)
        switch id {
        case .moveUp: state.helpTop -= 1
        case .moveDown: state.helpTop += 1
        case .pageUp: state.helpTop -= visible
        case .pageDown: state.helpTop += visible
        case .moveFirst: state.helpTop = 0
        default: state.helpTop = total
        }
        state.helpTop = max(0, min(state.helpTop, total - visible))
    }

    func firstFocusable(_ document: Document?) -> Int {
        document?.paragraphs.firstIndex { $0.isFocusable } ?? 0
    }

    /// Clamps selections after a resize, a filter or a jump, and scrolls them into view.
    mutating func keepSelectionVisible() {
        var panelState = state.current
        if let count = panelState.table?.order.count {
            panelState.cursor.selected = max(0, min(panelState.cursor.selected, count - 1))
            panelState.cursor.top = Scroll.top(current: panelState.cursor.top, first: panelState.cursor.selected,
                                               last: panelState.cursor.selected, visible: paneSize(.table).height,
                                               total: count)
        }
        state.current = panelState
    }
}
