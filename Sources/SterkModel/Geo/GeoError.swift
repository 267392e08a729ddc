/// Why the bundled map geometry could not be used; the message is Dutch and names the file.
public enum GeoError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is missing or cannot be read.
    case unreadable(reason: String)
    /// The file was read but is not valid "sterk-geo 1" geometry.
    case invalid(reason: String)

    /// The file name used in messages.
    public static let fileName = DutchGeo.fileName

    /// One Dutch sentence for the screen.
    public var description: String {
        switch self {
        case let .unreadable(reason): return DutchGeo.unreadable(reason)
        case let .invalid(reason): return DutchGeo.invalid(reason)
        }
    }
}
