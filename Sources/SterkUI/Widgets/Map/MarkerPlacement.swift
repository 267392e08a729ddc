import SterkModel

/// Puts each marker in a cell of its own: its projected cell, or the nearest free one.
///
/// Pilot wijken go first (the product is about them), then focus areas, then comparison
/// areas; a marker that lands on an earlier one moves to the nearest free cell, measured
/// in physical distance (cells are about twice as high as wide), so none is ever hidden.
struct MarkerPlacement {
    let projection: MapProjection

    /// The cell of each marker, in the order of `markers`; empty when the grid is empty.
    func place(_ markers: [MapMarker]) -> [MapCellPosition] {
        guard projection.columns > 0, projection.rows > 0 else { return [] }
        var taken = Set<MapCellPosition>()
        var result = Array(repeating: MapCellPosition(column: 0, row: 0), count: markers.count)
        let order = markers.indices.sorted { lhs, rhs in
            markers[lhs].kind.rawValue != markers[rhs].kind.rawValue
                ? markers[lhs].kind.rawValue < markers[rhs].kind.rawValue : lhs < rhs
        }
        for index in order {
            let home = projected(markers[index])
            let cell = taken.contains(home) ? nearestFree(to: home, taken: taken) ?? home : home
            taken.insert(cell)
            result[index] = cell
        }
        return result
    }

    /// The cell the marker's location projects to.
    func projected(_ marker: MapMarker) -> MapCellPosition {
        let cell = projection.cell(marker.location.geoPoint) ?? (0, 0)
        return MapCellPosition(column: cell.column, row: cell.row)
    }

    /// Searches square rings outwards until no closer cell can exist; nil when all are taken.
    private func nearestFree(to home: MapCellPosition, taken: Set<MapCellPosition>) -> MapCellPosition? {
        // A full grid has no free cell: searching it for every further marker was the whole
        // cost of a big dataset's map (73 s for 100,000 focus areas at 120×40).
        guard taken.count < projection.columns * projection.rows else { return nil }
        var best: (cell: MapCellPosition, key: [Double])?
        let maxRadius = max(projection.columns, projection.rows)
        var radius = 1
        while radius <= maxRadius {
            if let found = best, found.key[0] < Double(radius * radius) { break }
            for cell in ring(around: home, radius: radius) where !taken.contains(cell) {
                let key = rank(cell, from: home)
                if best == nil || key.lexicographicallyPrecedes(best?.key ?? []) { best = (cell, key) }
            }
            radius += 1
        }
        return best?.cell
    }

    /// Squared physical distance, then east before west, then north before south.
    private func rank(_ cell: MapCellPosition, from home: MapCellPosition) -> [Double] {
        let dx = Double(cell.column - home.column)
        let dy = Double(cell.row - home.row) * projection.cellAspect
        return [dx * dx + dy * dy, -dx, dy]
    }

    /// The in-grid cells at Chebyshev distance `radius`.
    private func ring(around home: MapCellPosition, radius: Int) -> [MapCellPosition] {
        var cells: [MapCellPosition] = []
        for dy in -radius...radius {
            for dx in -radius...radius where max(abs(dx), abs(dy)) == radius {
                let cell = MapCellPosition(column: home.column + dx, row: home.row + dy)
                if cell.column >= 0, cell.row >= 0, cell.column < projection.columns, cell.row < projection.rows {
                    cells.append(cell)
                }
            }
        }
        return cells
    }
}

/// A cell inside the map's own grid (0, 0 at its top left).
public struct MapCellPosition: Sendable, Hashable {
    public var column: Int
    public var row: Int

    /// Creates a position.
    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }
}
