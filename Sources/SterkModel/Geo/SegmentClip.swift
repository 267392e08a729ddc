/// Whether a straight edge passes through a box (Liang–Barsky clipping).
enum SegmentClip {
    /// True when some part of the segment lies inside the box.
    static func crosses(from a: GeoPoint, to b: GeoPoint, box: GeoBounds) -> Bool {
        let dx = b.lon - a.lon, dy = b.lat - a.lat
        var low = 0.0, high = 1.0
        let tests = [
            (-dx, a.lon - box.minLon), (dx, box.maxLon - a.lon),
            (-dy, a.lat - box.minLat), (dy, box.maxLat - a.lat),
        ]
        for (p, q) in tests {
            if p == 0 {
                if q < 0 { return false }
                continue
            }
            let t = q / p
            if p < 0 { low = max(low, t) } else { high = min(high, t) }
            if low > high { return false }
        }
        return true
    }
}
