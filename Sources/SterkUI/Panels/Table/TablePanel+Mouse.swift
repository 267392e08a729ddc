/// Mouse on a table panel: a row selects (a second click opens), a column head sorts, the
/// detail pane opens on a click, the wheel scrolls the pane under the pointer.
extension TablePanel {
    mutating func wheel(up: Bool, x: Int, _ context: inout PanelContext) {
        if pane.overlayTarget == nil {
            let boxes = context.layout.tableBoxes(detailOpen: pane.detailOpen)
            let overDetail = boxes.detail.map { x >= $0.x } ?? false
            if overDetail != pane.detailOpen, boxes.list != nil, boxes.detail != nil {
                pane.detailOpen = overDetail
            }
        }
        for _ in 0..<3 { move(up ? .moveUp : .moveDown, context) }
    }

    mutating func click(x: Int, y: Int, _ context: inout PanelContext) {
        if pane.overlayTarget != nil {
            if let document = overlayDocument(context) {
                pane.detailCursor = context.clicked(
                    pane.detailCursor, document, area: context.layout.overlay.inset(by: 1), y: y)
            }
            return
        }
        let boxes = context.layout.tableBoxes(detailOpen: pane.detailOpen)
        if let list = boxes.list, list.contains(x: x, y: y) {
            pane.detailOpen = false
            clickTable(list, x: x, y: y, &context)
        } else if let detail = boxes.detail, detail.contains(x: x, y: y) {
            if !pane.detailOpen {  // a click on the short form opens the whole document
                pane.detailOpen = true
                pane.detailCursor = PaneCursor(selected: context.firstFocusable(selectedDetail(context)))
                return
            }
            if let document = selectedDetail(context) {
                pane.detailCursor = context.clicked(pane.detailCursor, document, area: detail.inset(by: 1), y: y)
            }
        }
    }

    mutating func clickTable(_ box: Rect, x: Int, y: Int, _ context: inout PanelContext) {
        let rows = box.tableRows
        if y == box.y + 1, let model = source.model(context) {
            let columns = ColumnLayout.fit(model.columns, width: rows.width - 2, content: model.contentWidths)
            if let hit = columns.first(where: { x - rows.x - 2 >= $0.x && x - rows.x - 2 < $0.x + $0.width }) {
                sort(byColumn: hit.column, &context)
            }
            return
        }
        guard rows.contains(x: x, y: y), let count = pane.table?.order.count else { return }
        let position = pane.cursor.top + (y - rows.y)
        guard position < count else { return }
        if position == pane.cursor.selected {
            openDetail(&context)
        } else {
            selectRow(position, context)
        }
    }
}
