/// A WGS84 point with how much it can be trusted.
public struct Location: Sendable, Hashable {
    /// How exact a location is.
    public enum Precision: String, Sendable, CaseIterable {
        /// Roughly right (town or area centre).
        case approximate
        /// Stands in for an unknown place (e.g. the town centre for an unlocated wijk).
        case placeholder
    }

    public var lat: Double
    public var lon: Double
    public var precision: Precision
    public var note: String?

    /// Creates a location.
    public init(lat: Double, lon: Double, precision: Precision = .approximate, note: String? = nil) {
        self.lat = lat
        self.lon = lon
        self.precision = precision
        self.note = note
    }

    /// The Netherlands' bounding box used to reject misplaced coordinates.
    public static let netherlandsLatitudes = 50.7...53.6
    /// The Netherlands' bounding box used to reject misplaced coordinates.
    public static let netherlandsLongitudes = 3.3...7.3

    /// True when the point lies in the Netherlands' bounding box.
    public var isInNetherlands: Bool {
        Location.netherlandsLatitudes.contains(lat) && Location.netherlandsLongitudes.contains(lon)
    }
}
