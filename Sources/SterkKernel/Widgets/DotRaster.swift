/// A grid of on/off dots; the map draws outlines and shading into two of these.
public struct DotRaster: Sendable, Hashable {
    public let width: Int
    public let height: Int
    @usableFromInline private(set) var bits: [Bool]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        bits = Array(repeating: false, count: self.width * self.height)
    }

    /// The dot at (x, y); false outside the grid.
    @inlinable public subscript(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height && bits[y * width + x]
    }

    /// Switches a dot on; ignored outside the grid so callers need not clip.
    @inlinable public mutating func set(_ x: Int, _ y: Int) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        bits[y * width + x] = true
    }

    /// Switches on a run of dots in one row, clipped to the grid.
    public mutating func setRow(_ y: Int, from x0: Int, through x1: Int) {
        guard y >= 0, y < height else { return }
        let start = max(0, x0), end = min(width - 1, x1)
        guard start <= end else { return }
        for x in start...end { bits[y * width + x] = true }
    }

    /// Draws a straight line between two dots (Bresenham), endpoints included.
    public mutating func line(from a: (x: Int, y: Int), to b: (x: Int, y: Int)) {
        let dx = abs(b.x - a.x), dy = -abs(b.y - a.y)
        let sx = a.x < b.x ? 1 : -1, sy = a.y < b.y ? 1 : -1
        var error = dx + dy
        var (x, y) = a
        while true {
            set(x, y)
            if x == b.x && y == b.y { return }
            let doubled = 2 * error
            if doubled >= dy { error += dy; x += sx }
            if doubled <= dx { error += dx; y += sy }
        }
    }
}
