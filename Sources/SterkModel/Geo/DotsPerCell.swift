/// How many raster dots one terminal cell holds: braille 2×4, half blocks 1×2, ASCII 1×1.
public struct DotsPerCell: Sendable, Hashable {
    public let across: Int
    public let down: Int

    /// Creates a dot grid; values below 1 become 1.
    public init(across: Int, down: Int) {
        self.across = max(1, across)
        self.down = max(1, down)
    }

    /// Braille patterns (U+2800 block): 2 dots across, 4 down.
    public static let braille = DotsPerCell(across: 2, down: 4)
    /// Upper/lower half blocks: 1 across, 2 down.
    public static let halfBlock = DotsPerCell(across: 1, down: 2)
    /// One character per dot.
    public static let single = DotsPerCell(across: 1, down: 1)
}
