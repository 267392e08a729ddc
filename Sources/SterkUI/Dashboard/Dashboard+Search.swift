import SterkModel

/// Incremental search over the current panel's precomputed folded keys.
extension Dashboard {
    /// The folded keys searched on a panel: table rows or document paragraphs.
    func searchKeys(_ panel: Panel) -> [String] {
        if let model = catalog.tables[panel] { return model.rows.map(\.searchKey) }
        return catalog.document(panel)?.searchKeys ?? []
    }

    mutating func startSearch() {
        state.search = SearchState(panel: state.panel)
        state.status = nil
    }

    mutating func typeSearch(_ character: Character) {
        guard var search = state.search else { return }
        search.query.append(character)
        let needle = SearchFold.fold(search.query)
        let keys = searchKeys(search.panel)
        let candidates = search.steps.last ?? Array(keys.indices)
        let narrowed = candidates.filter { keys[$0].contains(needle) }
        search.steps.append(narrowed)
        search.matchSet = Set(narrowed)
        state.search = search
        selectMatch(from: currentPosition(), forward: true, includeCurrent: true)
        state.status = searchStatus(search)
    }

    mutating func eraseSearch() {
        guard var search = state.search, !search.query.isEmpty else { return }
        search.query.removeLast()
        search.steps.removeLast()
        search.matchSet = Set(search.matches)
        state.search = search
        state.status = search.query.isEmpty ? nil : searchStatus(search)
    }

    mutating func jumpToMatch(forward: Bool) {
        guard let search = state.search, search.panel == state.panel, !search.query.isEmpty else {
            state.status = StatusMessage(text: Dutch.noSearch, isError: false)
            return
        }
        selectMatch(from: currentPosition(), forward: forward, includeCurrent: false)
        state.status = searchStatus(search)
    }

    /// The selection's position: in the table's display order, or the paragraph index.
    func currentPosition() -> Int { state.current.cursor.selected }

    /// Moves the selection to the nearest match, wrapping round.
    mutating func selectMatch(from start: Int, forward: Bool, includeCurrent: Bool) {
        guard let search = state.search, !search.matchSet.isEmpty else { return }
        let items = positionsToRows()
        guard !items.isEmpty else { return }
        for step in 0..<items.count {
            let offset = includeCurrent ? step : step + 1
            let position = ((start + (forward ? offset : -offset)) % items.count + items.count) % items.count
            if search.matchSet.contains(items[position]) {
                selectPosition(position)
                return
            }
        }
    }

    /// For each selectable position, the search index it shows.
    func positionsToRows() -> [Int] {
        if let order = state.current.table?.order { return order }
        return Array(searchKeys(state.panel).indices)
    }

    mutating func selectPosition(_ position: Int) {
        if state.current.table != nil {
            selectTableRow(position)
        } else if let document = catalog.document(state.panel) {
            var cursor = state.current.cursor
            cursor.selected = position
            let size = paneSize(.document(document))
            let placed = Scroll.documentRows(wrappedRows(withWerkbezoek(document), width: size.width - 2), selected: position)
            cursor.top = Scroll.top(current: cursor.top, first: placed.first, last: placed.last, visible: size.height,
                                    total: placed.rows.count)
            state.current.cursor = cursor
        }
    }

    func searchStatus(_ search: SearchState) -> StatusMessage {
        let items = positionsToRows()
        let here = currentPosition()
        let onMatch = items[safe: here].map(search.matchSet.contains) ?? false
        let position = onMatch ? items.prefix(here).filter(search.matchSet.contains).count + 1 : nil
        return StatusMessage(text: Dutch.searchCount(position, search.matches.count), isError: false)
    }
}
