import SterkModel

/// Incremental search over the current panel's precomputed folded keys.
extension Dashboard {
    /// The items of `panel` whose folded key contains `needle`, among `candidates` (all when nil).
    func searchMatches(_ panel: Panel, _ needle: String, among candidates: [Int]?) -> [Int] {
        state.panels[panel]?.searchMatches(needle, among: candidates, context(for: panel)) ?? []
    }

    mutating func startSearch() {
        state.search = SearchState(panel: state.panel)
        state.status = nil
    }

    mutating func typeSearch(_ character: Character) {
        guard var search = state.search else { return }
        search.query.append(character)
        // Incremental: the query only grew, so only the previous matches can still match.
        let narrowed = searchMatches(search.panel, SearchFold.fold(search.query), among: search.steps.last)
        search.steps.append(narrowed)
        search.matchSet = RowSet(narrowed)
        state.search = search
        selectMatch(from: currentPosition(), forward: true, includeCurrent: true)
        state.status = searchStatus(search)
    }

    mutating func eraseSearch() {
        guard var search = state.search, !search.query.isEmpty else { return }
        search.query.removeLast()
        search.steps.removeLast()
        search.matchSet = RowSet(search.matches)
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
                let context = context(for: state.panel)
                state.panels[state.panel]?.selectSearchPosition(position, context)
                return
            }
        }
    }

    /// For each selectable position, the search index it shows.
    func positionsToRows() -> [Int] {
        currentComponent?.searchPositions(context(for: state.panel)) ?? []
    }

    func searchStatus(_ search: SearchState) -> StatusMessage {
        let items = positionsToRows()
        let here = currentPosition()
        let onMatch = items[safe: here].map(search.matchSet.contains) ?? false
        let position = onMatch ? items.prefix(here).reduce(1) { $0 + (search.matchSet.contains($1) ? 1 : 0) } : nil
        if search.matches.isEmpty, state.panel == .gemeenten {  // the panel lists members only; say where the rest is
            return StatusMessage(text: Dutch.noMatchAmongMembers(search.query), isError: false)
        }
        return StatusMessage(text: Dutch.searchCount(position, search.matches.count), isError: false)
    }
}
