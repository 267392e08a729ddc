/// A province or municipality: its CBS code, name and rings, read with the even-odd rule.
///
/// Even-odd needs no outer/hole flag: islands are separate rings, a hole is a ring inside
/// another, and a point is inside when an odd number of rings surround it.
public struct GeoShape: Sendable, Hashable, Identifiable {
    /// CBS code: "PV26" for a province, "GM0355" for a municipality.
    public let code: String
    /// The official CBS name.
    public let name: String
    public let rings: [Ring]
    /// The box around all rings.
    public let bounds: GeoBounds
    public var id: String { code }

    /// Creates a shape; nil without rings.
    public init?(code: String, name: String, rings: [Ring]) {
        guard let first = rings.first else { return nil }
        self.code = code
        self.name = name
        self.rings = rings
        bounds = rings.dropFirst().reduce(first.bounds) { $0.union($1.bounds) }
    }

    /// True when the point lies inside (even-odd over all rings).
    public func contains(_ point: GeoPoint) -> Bool {
        guard bounds.contains(point) else { return false }
        var inside = false
        for ring in rings where ring.windsAround(point) { inside.toggle() }
        return inside
    }

    /// True when the shape and the box share any area or edge point.
    ///
    /// The map uses this to decide whether a screen cell "shows" a municipality.
    public func intersects(_ box: GeoBounds) -> Bool {
        guard bounds.intersects(box) else { return false }
        if box.corners.contains(where: contains) { return true }
        for ring in rings where ring.bounds.intersects(box) {
            if ring.points.contains(where: box.contains) { return true }
            if ring.edges.contains(where: { SegmentClip.crosses(from: $0.0, to: $0.1, box: box) }) { return true }
        }
        return false
    }
}
