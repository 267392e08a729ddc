/// A WGS84 position in degrees; the map's geometry and projection work in these.
public struct GeoPoint: Sendable, Hashable {
    public var lon: Double
    public var lat: Double

    /// Creates a point from longitude and latitude in degrees.
    public init(lon: Double, lat: Double) {
        self.lon = lon
        self.lat = lat
    }
}

extension Location {
    /// The location as a geometry point.
    public var geoPoint: GeoPoint { GeoPoint(lon: lon, lat: lat) }
}
