/// Opening details, following links, jumping to sources and going back.
extension Dashboard {
    mutating func openDetail() -> [Effect] {
        switch focusedPane {
        case .help: break
        case .table:
            guard selectedRow(state.panel) != nil else { return [] }
            state.current.detailOpen = true
            state.current.detailCursor = PaneCursor(selected: firstFocusable(tableDetail(state.panel)))
        case let .document(document):
            follow(document.paragraphs[safe: state.current.cursor.selected]?.target)
        case let .detail(document), let .overlay(document):
            follow(document.paragraphs[safe: state.current.detailCursor.selected]?.target)
        }
        return []
    }

    /// Follows a link: to a table row when the target has one, else into the overlay.
    mutating func follow(_ target: Target?) {
        guard let target else { state.status = StatusMessage(text: Dutch.nothingToOpen, isError: false); return }
        if isShownNow(target) { return }
        if jump(to: target) { return }
        guard let document = detailDocument(target) else { return }
        state.current.overlayTarget = target
        state.current.detailCursor = PaneCursor(selected: firstFocusable(document))
    }

    /// True when the target is what the focused detail already shows.
    func isShownNow(_ target: Target) -> Bool {
        if let overlay = state.current.overlayTarget { return overlay == target }
        guard state.current.detailOpen, let row = selectedRow(state.panel) else { return false }
        return catalog.tables[state.panel]?.target(row) == target
    }

    /// The first source of the focused line; in the Bronnen list, the selected source.
    var selectedSourceID: String? {
        switch focusedPane {
        case let .document(document): return document.paragraphs[safe: state.current.cursor.selected]?.sources.first
        case let .detail(document), let .overlay(document):
            return document.paragraphs[safe: state.current.detailCursor.selected]?.sources.first
        case .table:
            guard state.panel == .bronnen, let row = selectedRow(.bronnen),
                  case let .source(id)? = catalog.tables[.bronnen]?.target(row) else { return nil }
            return id
        case .help: return nil
        }
    }

    /// Copies the URL of `selectedSourceID`, or says why there is none.
    mutating func copySourceURL() -> [Effect] {
        guard let id = selectedSourceID, let source = catalog.dataset.source(id) else {
            state.status = StatusMessage(text: Dutch.noSource, isError: false)
            return []
        }
        guard !source.url.isEmpty else {
            state.status = StatusMessage(text: Dutch.sourceWithoutURL(source.title), isError: false)
            return []
        }
        return copy(Dutch.urlWord, source.url)
    }

    mutating func jumpToSource() {
        guard let id = selectedSourceID, jump(to: .source(id)) else {
            state.status = StatusMessage(text: Dutch.noSource, isError: false)
            return
        }
        state.status = StatusMessage(text: Dutch.jumpedToSource(id), isError: false)
    }

    /// Shows a target's row in its table with the detail open; remembers where we were.
    @discardableResult
    mutating func jump(to target: Target) -> Bool {
        guard let (panel, row) = tableRow(for: target), let model = catalog.tables[panel] else { return false }
        state.backStack.append(BackLocation(panel: state.panel, state: state.current))
        state.panel = panel
        state.search = nil
        var panelState = state[panel]
        panelState.table = resetFilters(panelState.table ?? TableState(order: []), model: model)
        panelState.cursor.selected = panelState.table?.order.firstIndex(of: row) ?? 0
        panelState.detailOpen = true
        panelState.overlayTarget = nil
        state[panel] = panelState
        state.current.detailCursor = PaneCursor(selected: firstFocusable(tableDetail(panel)))
        keepSelectionVisible()
        return true
    }

    func tableRow(for target: Target) -> (Panel, Int)? {
        let panel: Panel
        switch target {
        case .source: panel = .bronnen
        case .wijk: panel = .wijken
        case .focusArea: panel = .focusgebieden
        case .municipality: panel = .gemeenten
        case .visit: panel = .werkbezoeken
        case .figure, .statement: return nil
        }
        guard let row = catalog.tables[panel]?.position(of: target) else { return nil }
        return (panel, row)
    }

    mutating func goBack() {
        if state.current.overlayTarget != nil {
            state.current.overlayTarget = nil
        } else if state.current.detailOpen {
            state.current.detailOpen = false
        } else if state.search != nil {
            state.search = nil
            state.status = nil
        } else if let location = state.backStack.popLast() {
            state.panel = location.panel
            state.current = location.state
            state.status = nil
            keepSelectionVisible()
        }
    }
}

extension Array {
    /// The element at an index, or nil outside the array.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
