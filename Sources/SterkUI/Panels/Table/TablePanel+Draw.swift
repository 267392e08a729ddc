/// Drawing a table panel: the list, the detail beside or instead of it, the overlay on top.
extension TablePanel {
    func draw(into buffer: inout ScreenBuffer, _ context: PanelContext) -> (x: Int, y: Int)? {
        var cursor = drawTable(into: &buffer, context)
        if let document = overlayDocument(context) {
            cursor = context.drawOverlay(document, cursor: pane.detailCursor, into: &buffer)
        }
        return cursor
    }

    private func drawTable(into buffer: inout ScreenBuffer, _ context: PanelContext) -> (x: Int, y: Int)? {
        guard let model = source.model(context), let table = pane.table else { return nil }
        let boxes = context.layout.tableBoxes(detailOpen: pane.detailOpen)
        let theme = context.theme
        var cursor: (x: Int, y: Int)?
        if let list = boxes.list {
            let state = TableViewState(
                order: table.order, sort: table.sortColumn.map { ($0, table.ascending) },
                selected: pane.cursor.selected, top: pane.cursor.top, focused: !pane.detailOpen,
                matches: context.searchHighlight.matches)
            let view = TableView(
                rows: model, state: state, emptyText: Dutch.emptyList, highlight: context.searchSplitter,
                theme: theme, glyphs: context.glyphs)
            cursor = view.draw(into: &buffer, box: list, title: source.title(model: model, table: table, context))
        }
        if let detail = boxes.detail {
            buffer.box(
                detail, style: theme[.panelBorder], title: Dutch.detailTitle, titleStyle: theme[.panelTitle],
                glyphs: context.glyphs.box)
            if let document = selectedDetail(context) {
                // Closed, the pane follows the selection with the short form (see DocumentPreview).
                let rows =
                    pane.detailOpen
                    ? context.wrappedRows(document, width: detail.width - 4)
                    : DocumentPreview.rows(document, width: detail.width - 4, hint: Dutch.previewHint)
                let view = context.documentView(rows, cursor: pane.detailCursor, focused: pane.detailOpen)
                let detailCursor = view.draw(into: &buffer, area: detail.inset(by: 1))
                if pane.detailOpen { cursor = detailCursor }
            }
        }
        return cursor
    }
}
