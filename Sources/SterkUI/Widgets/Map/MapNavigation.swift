import SterkModel

/// Spatial navigation between markers, in projected (undistorted) coordinates.
enum MapNavigation {
    struct Position: Sendable, Hashable {
        let x: Double
        let y: Double
    }

    /// How far apart two markers at one spot are pulled, in degrees of latitude.
    ///
    /// Markers with the same coordinates (a focus area and the comparison area around it)
    /// could otherwise never be reached by arrow keys. Later ones in list order move east,
    /// which is also where marker placement prefers to put them on screen.
    static let duplicateSpread = 0.01

    /// x east and y north, in degrees of latitude; duplicates spread eastwards.
    static func positions(of markers: [MapMarker]) -> [Position] {
        var seen: [Position: Int] = [:]
        return markers.map { marker in
            let base = Position(x: marker.location.lon * MapProjection.longitudeScale, y: marker.location.lat)
            let copies = seen[base, default: 0]
            seen[base] = copies + 1
            return Position(x: base.x + Double(copies) * duplicateSpread, y: base.y)
        }
    }

    /// The best marker in a direction: within 45° of it if any, else anywhere on that side.
    ///
    /// Score = distance along the direction + twice the distance across it, so a marker
    /// straight ahead beats a closer one far off to the side.
    static func nearest(from origin: Int, _ direction: MapDirection, _ positions: [Position]) -> Int? {
        let offsets = positions.indices.compactMap { index -> (index: Int, along: Double, across: Double)? in
            guard index != origin else { return nil }
            let (along, across) = split(from: positions[origin], to: positions[index], direction)
            return along > 1e-9 ? (index, along, abs(across)) : nil
        }
        let cone = offsets.filter { $0.across <= $0.along }
        let candidates = cone.isEmpty ? offsets : cone
        return candidates.min { $0.along + 2 * $0.across < $1.along + 2 * $1.across }?.index
    }

    /// The offset from a to b split into "along the direction" and "across it".
    private static func split(from a: Position, to b: Position, _ direction: MapDirection) -> (Double, Double) {
        let dx = b.x - a.x, dy = b.y - a.y
        switch direction {
        case .right: return (dx, dy)
        case .left: return (-dx, dy)
        case .up: return (dy, dx)
        case .down: return (-dy, dx)
        }
    }
}
