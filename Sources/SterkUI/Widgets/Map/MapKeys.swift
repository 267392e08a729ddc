/// What a key did on the map, so the dashboard can redraw, ring the bell or open a panel.
public enum MapKeyResult: Sendable, Hashable {
    /// The selection changed.
    case moved
    /// A map key, but nothing to move to (edge reached); the caller may ring the bell.
    case unchanged
    /// Enter: open the detail panel of this entity.
    case open(MapMarker.Entity)
    /// Not a map key; let the dashboard handle it.
    case notHandled
}

extension MapSelection {
    /// Applies a key: arrows move spatially, Home/End go to first/last, Tab/Shift-Tab step
    /// through the list, Enter opens. Dashboards with a keymap call the named methods instead.
    public mutating func handle(_ key: Key) -> MapKeyResult {
        let moved: Bool
        switch key {
        case .up: moved = move(.up)
        case .down: moved = move(.down)
        case .left: moved = move(.left)
        case .right: moved = move(.right)
        case .home: moved = selectFirst()
        case .end: moved = selectLast()
        case .tab: moved = selectNext()
        case .backTab: moved = selectPrevious()
        case .enter: return selectedEntity.map(MapKeyResult.open) ?? .unchanged
        default: return .notHandled
        }
        return moved ? .moved : .unchanged
    }
}
