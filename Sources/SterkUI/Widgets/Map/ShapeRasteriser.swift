import SterkModel

/// Draws geometry into dot rasters: ring outlines as lines, shapes filled by scanline.
struct ShapeRasteriser {
    let projection: MapProjection

    /// Draws every edge of every ring.
    func outline(_ shape: GeoShape, into raster: inout DotRaster) {
        for ring in shape.rings {
            var previous = dotIndex(ring.points[ring.points.count - 1])
            for point in ring.points {
                let current = dotIndex(point)
                raster.line(from: previous, to: current)
                previous = current
            }
        }
    }

    /// Fills the dots whose centres lie inside the shape (even-odd over all rings).
    ///
    /// Scanlines cost one pass over the edges per dot row, far cheaper than a
    /// point-in-polygon test per dot. A shape too small to cover any dot centre still
    /// gets the dot under the middle of its box, so no member disappears at small sizes.
    func fill(_ shape: GeoShape, into raster: inout DotRaster) {
        let rings = shape.rings.map { $0.points.map(projection.dot) }
        let top = projection.dot(GeoPoint(lon: shape.bounds.minLon, lat: shape.bounds.maxLat))
        let bottom = projection.dot(GeoPoint(lon: shape.bounds.maxLon, lat: shape.bounds.minLat))
        var filled = false
        let firstRow = max(0, clampedInt(top.y.rounded(.down)))
        let lastRow = min(raster.height - 1, clampedInt(bottom.y.rounded(.up)))
        if firstRow <= lastRow {
            for row in firstRow...lastRow {
                filled = fillRow(row, rings: rings, into: &raster) || filled
            }
        }
        if !filled {
            let middle = GeoPoint(
                lon: (shape.bounds.minLon + shape.bounds.maxLon) / 2,
                lat: (shape.bounds.minLat + shape.bounds.maxLat) / 2)
            let dot = dotIndex(middle)
            raster.set(dot.x, dot.y)
        }
    }

    private func fillRow(_ row: Int, rings: [[(x: Double, y: Double)]], into raster: inout DotRaster) -> Bool {
        let centre = Double(row) + 0.5
        var crossings: [Double] = []
        for ring in rings {
            var a = ring[ring.count - 1]
            for b in ring {
                if (a.y > centre) != (b.y > centre) {
                    crossings.append(a.x + (centre - a.y) / (b.y - a.y) * (b.x - a.x))
                }
                a = b
            }
        }
        crossings.sort()
        var any = false
        for pair in stride(from: 0, to: crossings.count - 1, by: 2) {
            // Dots whose centre x + 0.5 lies in [left, right).
            let first = clampedInt((crossings[pair] - 0.5).rounded(.up))
            let last = clampedInt((crossings[pair + 1] - 0.5).rounded(.up)) - 1
            if first <= last { any = true }
            raster.setRow(row, from: first, through: last)
        }
        return any
    }

    /// The dot a point falls in.
    func dotIndex(_ point: GeoPoint) -> (x: Int, y: Int) {
        let dot = projection.dot(point)
        return (clampedInt(dot.x.rounded(.down)), clampedInt(dot.y.rounded(.down)))
    }
}

/// Converts without trapping: non-finite becomes 0, huge values are clamped.
func clampedInt(_ value: Double) -> Int {
    guard value.isFinite else { return 0 }
    return Int(min(max(value, -1_000_000), 1_000_000))
}
