/// An axis-aligned box in degrees, used to skip shapes quickly before exact tests.
public struct GeoBounds: Sendable, Hashable {
    public var minLon: Double
    public var minLat: Double
    public var maxLon: Double
    public var maxLat: Double

    /// Creates a box from its extremes.
    public init(minLon: Double, minLat: Double, maxLon: Double, maxLat: Double) {
        self.minLon = minLon
        self.minLat = minLat
        self.maxLon = maxLon
        self.maxLat = maxLat
    }

    /// The smallest box around the points (nil for none).
    public init?(enclosing points: [GeoPoint]) {
        guard let first = points.first else { return nil }
        self.init(minLon: first.lon, minLat: first.lat, maxLon: first.lon, maxLat: first.lat)
        for point in points.dropFirst() { include(point) }
    }

    /// Grows the box to hold the point.
    public mutating func include(_ point: GeoPoint) {
        minLon = min(minLon, point.lon)
        maxLon = max(maxLon, point.lon)
        minLat = min(minLat, point.lat)
        maxLat = max(maxLat, point.lat)
    }

    /// The smallest box holding both.
    public func union(_ other: GeoBounds) -> GeoBounds {
        GeoBounds(
            minLon: min(minLon, other.minLon), minLat: min(minLat, other.minLat),
            maxLon: max(maxLon, other.maxLon), maxLat: max(maxLat, other.maxLat))
    }

    /// True when the point lies inside or on the edge.
    public func contains(_ point: GeoPoint) -> Bool {
        point.lon >= minLon && point.lon <= maxLon && point.lat >= minLat && point.lat <= maxLat
    }

    /// True when the boxes overlap or touch.
    public func intersects(_ other: GeoBounds) -> Bool {
        minLon <= other.maxLon && other.minLon <= maxLon && minLat <= other.maxLat && other.minLat <= maxLat
    }

    /// The four corners, counter-clockwise from the south-west.
    public var corners: [GeoPoint] {
        [
            GeoPoint(lon: minLon, lat: minLat), GeoPoint(lon: maxLon, lat: minLat),
            GeoPoint(lon: maxLon, lat: maxLat), GeoPoint(lon: minLon, lat: maxLat),
        ]
    }
}
