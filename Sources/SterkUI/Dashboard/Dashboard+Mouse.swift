/// Mouse: click a tab or a row, click a column head to sort, wheel to scroll.
extension Dashboard {
    mutating func handleMouse(_ mouse: MouseEvent) {
        let layout = self.layout
        guard !layout.isTooSmall else { return }
        if state.helpShown {
            if mouse.kind != .click { move(mouse.kind == .wheelUp ? .moveUp : .moveDown) }
            return
        }
        if mouse.kind == .click, mouse.y == 0 {
            if let panel = TabBar.panel(atColumn: mouse.x, width: layout.width, unicode: capabilities.unicode) {
                switchPanel(to: panel)
            }
            return
        }
        switch mouse.kind {
        case .click: click(x: mouse.x, y: mouse.y)
        case .wheelUp: wheel(up: true, x: mouse.x)
        case .wheelDown: wheel(up: false, x: mouse.x)
        }
    }

    mutating func wheel(up: Bool, x: Int) {
        if state.panel.isTable, state.current.overlayTarget == nil {
            let boxes = layout.tableBoxes(detailOpen: state.current.detailOpen)
            let overDetail = boxes.detail.map { x >= $0.x } ?? false
            if overDetail != state.current.detailOpen, boxes.list != nil, boxes.detail != nil {
                state.current.detailOpen = overDetail
            }
        }
        for _ in 0..<3 { move(up ? .moveUp : .moveDown) }
    }

    mutating func click(x: Int, y: Int) {
        guard state.panel.isTable, state.current.overlayTarget == nil else { return clickDocument(x: x, y: y) }
        let boxes = layout.tableBoxes(detailOpen: state.current.detailOpen)
        if let list = boxes.list, list.contains(x: x, y: y) {
            state.current.detailOpen = false
            clickTable(list, x: x, y: y)
        } else if let detail = boxes.detail, detail.contains(x: x, y: y) {
            if !state.current.detailOpen {   // a click on the short form opens the whole document
                state.current.detailOpen = true
                state.current.detailCursor = PaneCursor(selected: firstFocusable(tableDetail(state.panel)))
                return
            }
            if let document = tableDetail(state.panel) {
                state.current.detailCursor = clicked(state.current.detailCursor, document, area: detail.inset(by: 1), y: y)
            }
        }
    }

    mutating func clickTable(_ box: Rect, x: Int, y: Int) {
        let rows = ScreenLayout.tableRows(box)
        if y == box.y + 1, let model = catalog.tables[state.panel] {
            let columns = ColumnLayout.fit(model.columns, width: rows.width - 2)
            if let hit = columns.first(where: { x - rows.x - 2 >= $0.x && x - rows.x - 2 < $0.x + $0.width }) {
                sort(byColumn: hit.column)
            }
            return
        }
        guard rows.contains(x: x, y: y), let count = state.current.table?.order.count else { return }
        let position = state.current.cursor.top + (y - rows.y)
        guard position < count else { return }
        if position == state.current.cursor.selected {
            _ = openDetail()
        } else {
            selectTableRow(position)
        }
    }

    mutating func clickDocument(x: Int, y: Int) {
        let pane = focusedPane
        switch pane {
        case let .document(document):
            state.current.cursor = clicked(state.current.cursor, document, area: layout.body.inset(by: 1), y: y)
        case let .overlay(document):
            state.current.detailCursor = clicked(state.current.detailCursor, document, area: layout.overlay.inset(by: 1), y: y)
        default: break
        }
    }

    /// The cursor after clicking row `y` of a document drawn in `area`.
    func clicked(_ cursor: PaneCursor, _ document: Document, area: Rect, y: Int) -> PaneCursor {
        guard area.contains(x: area.x, y: y) else { return cursor }
        let rows = wrappedRows(document, width: area.width - 2)
        let top = DocumentView.visibleTop(cursor, rows: rows, height: area.height)
        guard let row = rows[safe: top + (y - area.y)], document.paragraphs[row.paragraph].isFocusable else { return cursor }
        return PaneCursor(selected: row.paragraph, top: top)
    }
}
