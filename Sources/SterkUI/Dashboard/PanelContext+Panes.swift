/// Pane arithmetic every panel shares: sizes, moving and clicking in documents, scrolling.
extension PanelContext {
    /// Inner size of a pane at the current screen size.
    func paneSize(_ pane: FocusedPane) -> (width: Int, height: Int) {
        switch pane {
        case .table:
            let rows = layout.tableBoxes(detailOpen: false).list.map(\.tableRows)
            return (rows?.width ?? 0, rows?.height ?? 0)
        case .document: let inner = layout.body.inset(by: 1); return (inner.width, inner.height)
        case .detail:
            let inner = layout.tableBoxes(detailOpen: true).detail?.inset(by: 1)
            return (inner?.width ?? 0, inner?.height ?? 0)
        case .overlay, .help: let inner = layout.overlay.inset(by: 1); return (inner.width, inner.height)
        }
    }

    /// The cursor after a move command in a document shown in `pane`.
    func moved(_ cursor: PaneCursor, in document: Document, _ id: CommandID, _ pane: FocusedPane) -> PaneCursor {
        let focusable = document.paragraphs.indices.filter { document.paragraphs[$0].isFocusable }
        guard !focusable.isEmpty else { return cursor }
        let here = focusable.firstIndex { $0 >= cursor.selected } ?? focusable.count - 1
        let size = paneSize(pane)
        let page = max(1, size.height / 2)
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
        let placed = Scroll.documentRows(wrappedRows(document, width: size.width - 2), selected: result.selected)
        result.top = Scroll.top(
            current: cursor.top, first: placed.first, last: placed.last, visible: size.height,
            total: placed.rows.count)
        if id == .moveFirst { result.top = 0 }
        return result
    }

    /// The cursor after clicking row `y` of a document drawn in `area`.
    func clicked(_ cursor: PaneCursor, _ document: Document, area: Rect, y: Int) -> PaneCursor {
        guard area.contains(x: area.x, y: y) else { return cursor }
        let rows = wrappedRows(document, width: area.width - 2)
        let top = DocumentView.visibleTop(selected: cursor.selected, top: cursor.top, rows: rows, height: area.height)
        guard let row = rows[safe: top + (y - area.y)], document.paragraphs[row.paragraph].isFocusable else {
            return cursor
        }
        return PaneCursor(selected: row.paragraph, top: top)
    }

    /// The first paragraph a cursor can stand on.
    func firstFocusable(_ document: Document?) -> Int {
        document?.paragraphs.firstIndex { $0.isFocusable } ?? 0
    }

    /// Draws a followed link's document in the overlay box; returns the cursor.
    func drawOverlay(_ document: Document, cursor: PaneCursor, into buffer: inout ScreenBuffer) -> (x: Int, y: Int)? {
        let box = layout.overlay
        buffer.clearOverlay(layout, style: theme[.text])
        buffer.box(
            box, style: theme[.overlayBorder], title: Dutch.detailTitle, titleStyle: theme[.panelTitle],
            glyphs: glyphs.box)
        let view = documentView(wrappedRows(document, width: box.width - 4), cursor: cursor, focused: true)
        return view.draw(into: &buffer, area: box.inset(by: 1))
    }

    /// A document view in the dashboard's theme; `searched` marks the search's matches in it.
    func documentView(
        _ rows: [WrappedRow<ThemeRole>], cursor: PaneCursor, focused: Bool, searched: Bool = false
    ) -> DocumentView<ThemeRole> {
        DocumentView(
            rows: rows, selected: cursor.selected, top: cursor.top, focused: focused,
            matches: searched ? searchHighlight.matches : [],
            highlight: searched ? searchSplitter : nil, theme: theme, glyphs: glyphs)
    }
}

extension DashboardPanel {
    /// Opens `target`'s document in the overlay (a link with no table row to jump to).
    mutating func openOverlay(_ target: Target, _ context: PanelContext) {
        guard let document = document(for: target, context) else { return }
        pane.overlayTarget = target
        pane.detailCursor = PaneCursor(selected: context.firstFocusable(document))
    }

    /// The overlay's document, when one is open.
    func overlayDocument(_ context: PanelContext) -> Document? {
        pane.overlayTarget.flatMap { document(for: $0, context) }
    }

    /// Asks the dashboard to follow the link of a paragraph (or says there is none);
    /// nothing happens when the link leads to what the focused pane already shows.
    func follow(_ paragraph: Paragraph?, showing: Target?, _ context: inout PanelContext) {
        guard let target = paragraph?.target else {
            context.status = StatusMessage(text: Dutch.nothingToOpen, isError: false)
            return
        }
        if let overlay = pane.overlayTarget, overlay == target { return }
        if pane.overlayTarget == nil, let showing, showing == target { return }
        context.request = .follow(target)
    }

    /// Asks the dashboard to jump to the first source of a paragraph (or says there is none).
    func jumpToSource(_ paragraph: Paragraph?, _ context: inout PanelContext) {
        guard let id = paragraph?.sources.first else {
            context.status = StatusMessage(text: Dutch.noSource, isError: false)
            return
        }
        context.request = .jumpToSource(id)
    }

    /// Copies the URL of source `id` (the focused line's first source), or says why there is none.
    func copySourceURL(_ id: String?, _ context: inout PanelContext) -> [Effect] {
        guard let id, let source = context.catalog.dataset.source(id) else {
            context.status = StatusMessage(text: Dutch.noSource, isError: false)
            return []
        }
        guard !source.url.isEmpty else {
            context.status = StatusMessage(text: Dutch.sourceWithoutURL(source.title), isError: false)
            return []
        }
        context.status = StatusMessage(text: Dutch.copied(Dutch.urlWord, source.url), isError: false)
        return [.copyToClipboard(source.url)]
    }
}

/// Scrolling over a document's wrapped rows (the arithmetic is the kernel's `Scroll`).
extension Scroll {
    /// The wrapped rows of a document and where the selected paragraph lies among them.
    static func documentRows(_ rows: [WrappedRow<ThemeRole>], selected: Int) -> (
        rows: [WrappedRow<ThemeRole>], first: Int, last: Int
    ) {
        let first = rows.firstIndex { $0.paragraph == selected } ?? 0
        let last = rows.lastIndex { $0.paragraph == selected } ?? first
        return (rows, first, last)
    }
}
