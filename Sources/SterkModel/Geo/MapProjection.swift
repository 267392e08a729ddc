import Foundation

/// Maps lon/lat onto a grid of terminal cells without squashing the country.
///
/// Equirectangular with longitudes scaled by cos(52.2°), the latitude of the country's
/// middle: at this size the error against a conformal projection is far below one cell.
/// Terminal cells are about twice as high as wide, so one cell is 1 unit across and
/// `cellAspect` units down; the box is fitted whole into the grid and centred.
public struct MapProjection: Sendable, Hashable {
    /// The latitude whose scale the map keeps true.
    public static let referenceLatitude = 52.2
    /// Longitude degrees are this much shorter than latitude degrees at the reference.
    public static let longitudeScale = cos(referenceLatitude * .pi / 180)

    public let columns: Int
    public let rows: Int
    public let dots: DotsPerCell
    /// Height of a cell divided by its width.
    public let cellAspect: Double
    /// The geographic box that is fitted into the grid.
    public let bounds: GeoBounds
    /// Cell widths per projected degree.
    let unitsPerDegree: Double
    let offsetX: Double
    let offsetY: Double

    /// Fits `bounds` into `columns`×`rows` cells, centred; a zero-sized grid maps everything to 0.
    public init(
        bounds: GeoBounds, columns: Int, rows: Int, dots: DotsPerCell = .braille,
        cellAspect: Double = 2
    ) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        self.dots = dots
        self.cellAspect = cellAspect > 0 ? cellAspect : 2
        self.bounds = bounds
        let width = max(1e-9, (bounds.maxLon - bounds.minLon) * MapProjection.longitudeScale)
        let height = max(1e-9, bounds.maxLat - bounds.minLat)
        let physicalHeight = Double(self.rows) * self.cellAspect
        unitsPerDegree = min(Double(self.columns) / width, physicalHeight / height)
        offsetX = (Double(self.columns) - width * unitsPerDegree) / 2
        offsetY = (physicalHeight - height * unitsPerDegree) / 2
    }

    /// The grid size in dots.
    public var dotColumns: Int { columns * dots.across }
    /// The grid size in dots.
    public var dotRows: Int { rows * dots.down }

    /// Continuous dot coordinates (x east, y south); dot (i, j) covers [i, i+1) × [j, j+1).
    public func dot(_ point: GeoPoint) -> (x: Double, y: Double) {
        let x = offsetX + (point.lon - bounds.minLon) * MapProjection.longitudeScale * unitsPerDegree
        let y = offsetY + (bounds.maxLat - point.lat) * unitsPerDegree
        return (x * Double(dots.across), y * Double(dots.down) / cellAspect)
    }

    /// The inverse of `dot`: the geographic point at continuous dot coordinates.
    public func point(dotX: Double, dotY: Double) -> GeoPoint {
        let x = dotX / Double(dots.across), y = dotY * cellAspect / Double(dots.down)
        let scale = unitsPerDegree > 0 ? unitsPerDegree : 1
        return GeoPoint(
            lon: bounds.minLon + (x - offsetX) / scale / MapProjection.longitudeScale,
            lat: bounds.maxLat - (y - offsetY) / scale)
    }

    /// The cell a point falls in, clamped to the grid (nil when the grid is empty).
    public func cell(_ point: GeoPoint) -> (column: Int, row: Int)? {
        guard columns > 0, rows > 0 else { return nil }
        let (x, y) = dot(point)
        let column = Int((x / Double(dots.across)).rounded(.down))
        let row = Int((y / Double(dots.down)).rounded(.down))
        return (min(max(0, column), columns - 1), min(max(0, row), rows - 1))
    }

    /// The geographic box a cell covers (all its dots).
    public func bounds(column: Int, row: Int) -> GeoBounds {
        let northWest = point(dotX: Double(column * dots.across), dotY: Double(row * dots.down))
        let southEast = point(dotX: Double((column + 1) * dots.across), dotY: Double((row + 1) * dots.down))
        return GeoBounds(minLon: northWest.lon, minLat: southEast.lat, maxLon: southEast.lon, maxLat: northWest.lat)
    }
}
