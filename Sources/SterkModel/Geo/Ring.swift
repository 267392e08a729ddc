/// One closed outline (the last point joins the first); an island, a mainland or a hole.
public struct Ring: Sendable, Hashable {
    /// The vertices, without a repeated closing point.
    public let points: [GeoPoint]
    /// The box around the vertices.
    public let bounds: GeoBounds

    /// Creates a ring; nil with fewer than 3 points, which enclose nothing.
    public init?(points: [GeoPoint]) {
        guard points.count >= 3, let bounds = GeoBounds(enclosing: points) else { return nil }
        self.points = points
        self.bounds = bounds
    }

    /// The edges as pairs of consecutive vertices, the closing edge included.
    public var edges: some Sequence<(GeoPoint, GeoPoint)> {
        zip(points, points.dropFirst() + [points[0]])
    }

    /// True when a ray from the point towards the east crosses this ring an odd number of times.
    ///
    /// Half-open comparisons (`>` on one end, `<=` on the other) count a ray through a vertex
    /// once, so shared vertices between rings never double-count.
    public func windsAround(_ point: GeoPoint) -> Bool {
        guard bounds.contains(point) else { return false }
        var inside = false
        var a = points[points.count - 1]
        for b in points {
            if (a.lat > point.lat) != (b.lat > point.lat) {
                let crossLon = a.lon + (point.lat - a.lat) / (b.lat - a.lat) * (b.lon - a.lon)
                if point.lon < crossLon { inside.toggle() }
            }
            a = b
        }
        return inside
    }
}
