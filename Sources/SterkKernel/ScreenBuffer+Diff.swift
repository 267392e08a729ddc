extension ScreenBuffer {
    /// The columns of row `y` whose cells differ from `other` (first to last differing cell),
    /// or nil when the row is the same; both buffers must have the same width.
    ///
    /// The terminal backend copies only these columns to ncurses: a row move changes a few
    /// short runs, and copying whole rows (each character converted and measured) was most of
    /// the drawing cost of a move.
    public func changedColumns(inRow y: Int, comparedTo other: ScreenBuffer) -> Range<Int>? {
        guard width == other.width, y >= 0, y < height, y < other.height else { return 0..<width }
        let start = y * width
        var first = -1, last = -1
        for x in 0..<width where cells[start + x] != other.cells[start + x] {
            if first < 0 { first = x }
            last = x
        }
        guard first >= 0 else { return nil }
        // A change on either half of a wide character redraws the whole character.
        if cells[start + first].isContinuation || other.cells[start + first].isContinuation {
            first = max(0, first - 1)
        }
        return first..<min(width, last + 2)
    }
}
