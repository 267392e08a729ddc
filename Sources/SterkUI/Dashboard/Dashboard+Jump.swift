/// Links across panels: following them, jumping to sources, and going back.
extension Dashboard {
    /// Follows a link: to its table row when some panel lists it, else into the overlay.
    mutating func follow(_ target: Target) {
        if jump(to: target) { return }
        let context = context(for: state.panel)
        state.panels[state.panel]?.openOverlay(target, context)
    }

    mutating func jumpToSource(_ id: String) {
        guard jump(to: .source(id)) else {
            state.status = StatusMessage(text: Dutch.noSource, isError: false)
            return
        }
        state.status = StatusMessage(text: Dutch.jumpedToSource(id), isError: false)
    }

    /// Shows a target's row in its panel with the detail open; remembers where we were.
    @discardableResult
    mutating func jump(to target: Target) -> Bool {
        guard let home = PanelRegistry.home(of: target) else { return false }
        let back = BackLocation(panel: state.panel, state: state.current)
        guard withPanel(home, { component, context in component.reveal(target, &context) }) == true else {
            return false
        }
        state.panel = home
        state.search = nil
        var location = back
        location.arrival = home
        location.arrivalPanes = PaneSnapshot(state.current)
        state.backStack.append(location)
        return true
    }

    /// True while the screen still shows just what the last jump opened: then Esc goes
    /// straight back instead of first closing the detail the jump itself opened.
    var isJustArrived: Bool {
        guard state.search == nil, let last = state.backStack.last, last.arrival == state.panel else { return false }
        return last.arrivalPanes == PaneSnapshot(state.current)
    }

    /// Esc right after a jump: closes what the jump opened and returns in one press.
    mutating func returnFromJump() {
        state.current.detailOpen = false
        state.current.overlayTarget = nil
        goBack()
    }

    /// Esc when the panel had nothing to close: ends the search, else goes back along the stack.
    mutating func goBack() {
        if state.search != nil {
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
