import SterkModel

/// Rendering the frame: tabs, the panel, status line and footer; overlays on top.
extension Dashboard {
    var glyphs: Glyphs { Glyphs(unicode: capabilities.unicode) }

    func render(width: Int, height: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height, fill: Cell(style: theme[.text]))
        let layout = ScreenLayout(width: width, height: height)
        guard !layout.isTooSmall else {
            TooSmallView.draw(into: &buffer, theme: theme)
            if !capabilities.unicode { ASCIIFallback.apply(to: &buffer) }
            theme.ground(&buffer)
            return buffer
        }
        TabBar.draw(into: &buffer, active: state.panel, theme: theme, unicode: capabilities.unicode)
        var cursor = state.panel == .werkbezoeken ? drawVisitPanel(into: &buffer, layout: layout)
            : state.panel.isTable ? drawTablePanel(into: &buffer, layout: layout)
            : drawDocumentPanel(into: &buffer, layout: layout)
        if state.panel == .kaart { cursor = drawKaartPanel(into: &buffer, layout: layout) }
        if let target = state.current.overlayTarget, let document = detailDocument(target) {
            cursor = drawOverlay(document, into: &buffer, layout: layout)
        }
        if let dialog = visits.dialog {
            cursor = FormView(form: dialog.form, theme: theme, glyphs: glyphs).draw(into: &buffer, box: layout.overlay)
        }
        if state.helpShown {
            let help = HelpOverlay(theme: theme, glyphs: glyphs, readOnly: visits.readOnly)
            cursor = help.draw(into: &buffer, box: layout.overlay, top: state.helpTop)
        }
        StatusLine.draw(into: &buffer, rect: layout.status, status: state.status, search: state.search,
                        position: positionText, theme: theme)
        Footer.draw(into: &buffer, rect: layout.footer, contexts: activeContexts, theme: theme, unicode: capabilities.unicode)
        if state.search?.editing != true { buffer.cursor = cursor.map { (x: $0.x, y: $0.y) } }
        if !capabilities.unicode { ASCIIFallback.apply(to: &buffer) }
        theme.ground(&buffer)
        return buffer
    }

    /// "3/20": the selected row of a table, for readers who cannot see the marker.
    var positionText: String? {
        guard let order = state.current.table?.order, !order.isEmpty else { return nil }
        return Dutch.position(state.current.cursor.selected + 1, order.count)
    }

    var searchHighlight: (query: String?, matches: RowSet) {
        guard let search = state.search, search.panel == state.panel, !search.query.isEmpty else { return (nil, []) }
        return (SearchFold.fold(search.query), search.matchSet)
    }

    func drawTablePanel(into buffer: inout ScreenBuffer, layout: ScreenLayout) -> (x: Int, y: Int)? {
        guard let model = catalog.tables[state.panel], let table = state.current.table else { return nil }
        let panelState = state.current
        let boxes = layout.tableBoxes(detailOpen: panelState.detailOpen)
        var cursor: (x: Int, y: Int)?
        if let list = boxes.list {
            let highlight = searchHighlight
            let view = TableView(model: model, table: table, cursor: panelState.cursor, focused: !panelState.detailOpen,
                                 foldedQuery: highlight.query, matches: highlight.matches, theme: theme, glyphs: glyphs)
            cursor = view.draw(into: &buffer, box: list, title: tableTitle(model: model, table: table))
        }
        if let detail = boxes.detail {
            buffer.box(detail, style: theme[.panelBorder], title: Dutch.detailTitle, titleStyle: theme[.panelTitle],
                       glyphs: glyphs.box)
            if let document = tableDetail(state.panel) {
                // Closed, the pane follows the selection with the short form (see DocumentPreview).
                let rows = panelState.detailOpen ? wrappedRows(document, width: detail.width - 4)
                    : DocumentPreview.rows(document, width: detail.width - 4, hint: Dutch.previewHint)
                let view = DocumentView(document: document, rows: rows, cursor: panelState.detailCursor, focused: panelState.detailOpen,
                                        foldedQuery: nil, matches: [], theme: theme, glyphs: glyphs)
                let detailCursor = view.draw(into: &buffer, area: detail.inset(by: 1))
                if panelState.detailOpen { cursor = detailCursor }
            }
        }
        return cursor
    }

    func tableTitle(model: TableModel, table: TableState) -> String {
        if state.panel == .werkbezoeken { return visitTableTitle(model: model, table: table) }
        var parts = [state.panel.title + " (" + (table.order.count == model.rowCount ? Dutch.filterAll(model.rowCount)
            : Dutch.filtered(table.order.count, of: model.rowCount)) + ")"]
        if table.m50Filter == .only { parts.append(Dutch.filterM50) }
        if table.m50Filter == .without { parts.append(Dutch.filterNotM50) }
        if let code = table.province { parts.append(Dutch.filterProvince(catalog.dataset.province(code)?.name ?? code)) }
        if let column = table.sortColumn {
            parts.append(Dutch.sortedBy(model.columns[column].title, ascending: table.ascending))
        }
        return parts.joined(separator: glyphs.separator)
    }

    func drawDocumentPanel(into buffer: inout ScreenBuffer, layout: ScreenLayout) -> (x: Int, y: Int)? {
        guard let base = catalog.document(state.panel) else { return nil }
        let document = withWerkbezoek(base)
        buffer.box(layout.body, style: theme[.panelBorder], title: state.panel.title, titleStyle: theme[.panelTitle],
                   glyphs: glyphs.box)
        let highlight = searchHighlight
        let view = DocumentView(document: document, rows: wrappedRows(document, width: layout.body.width - 4),
                                cursor: state.current.cursor,
                                focused: state.current.overlayTarget == nil, foldedQuery: highlight.query,
                                matches: highlight.matches, theme: theme, glyphs: glyphs)
        return view.draw(into: &buffer, area: layout.body.inset(by: 1))
    }

    func drawOverlay(_ document: Document, into buffer: inout ScreenBuffer, layout: ScreenLayout) -> (x: Int, y: Int)? {
        let box = layout.overlay
        buffer.fill(box, style: theme[.text])
        buffer.box(box, style: theme[.overlayBorder], title: Dutch.detailTitle, titleStyle: theme[.panelTitle],
                   glyphs: glyphs.box)
        let view = DocumentView(document: document, rows: wrappedRows(document, width: box.width - 4),
                                cursor: state.current.detailCursor, focused: true,
                                foldedQuery: nil, matches: [], theme: theme, glyphs: glyphs)
        return view.draw(into: &buffer, area: box.inset(by: 1))
    }
}
