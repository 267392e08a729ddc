import SterkModel

/// Which marker is selected, and how keys move the selection over the map.
///
/// Arrow keys go to the nearest marker in that direction on the map (not the next in the
/// list); at the edge they stop rather than wrap, so a user never jumps across the country
/// by surprise. Home/End and Tab order follow the list (north to south).
public struct MapSelection: Sendable, Hashable {
    /// The markers in list order.
    public let markers: [MapMarker]
    /// The selected position in `markers`; nil only when there are none.
    public private(set) var index: Int?
    private let positions: [MapNavigation.Position]

    /// Selects the marker with `selectedID`, else the first.
    public init(markers: [MapMarker], selectedID: String? = nil) {
        self.markers = markers
        positions = MapNavigation.positions(of: markers)
        index = markers.firstIndex { $0.id == selectedID } ?? (markers.isEmpty ? nil : 0)
    }

    /// A selection over a scene's markers.
    public init(scene: MapScene, selectedID: String? = nil) {
        self.init(markers: scene.markers, selectedID: selectedID)
    }

    /// The selected marker.
    public var selected: MapMarker? { index.map { markers[$0] } }

    /// What Enter opens: the selected marker's dataset entity.
    public var selectedEntity: MapMarker.Entity? { selected?.entity }

    /// Moves to the nearest marker in a direction; false (unchanged) at the edge.
    @discardableResult
    public mutating func move(_ direction: MapDirection) -> Bool {
        guard let index, let target = MapNavigation.nearest(from: index, direction, positions) else { return false }
        self.index = target
        return true
    }

    /// Selects a marker by id; false when there is none with that id.
    @discardableResult
    public mutating func select(id: String) -> Bool {
        guard let found = markers.firstIndex(where: { $0.id == id }) else { return false }
        index = found
        return true
    }

    /// Selects the first marker in list order (Home).
    @discardableResult
    public mutating func selectFirst() -> Bool { step(to: markers.isEmpty ? nil : 0) }

    /// Selects the last marker in list order (End).
    @discardableResult
    public mutating func selectLast() -> Bool { step(to: markers.isEmpty ? nil : markers.count - 1) }

    /// The next marker in list order (Tab); stops at the last.
    @discardableResult
    public mutating func selectNext() -> Bool { step(to: index.map { min($0 + 1, markers.count - 1) }) }

    /// The previous marker in list order (Shift-Tab); stops at the first.
    @discardableResult
    public mutating func selectPrevious() -> Bool { step(to: index.map { max($0 - 1, 0) }) }

    private mutating func step(to target: Int?) -> Bool {
        guard let target, target != index else { return false }
        index = target
        return true
    }
}

/// A direction on the map: up is north.
public enum MapDirection: Sendable, Hashable, CaseIterable {
    case up, down, left, right
}
