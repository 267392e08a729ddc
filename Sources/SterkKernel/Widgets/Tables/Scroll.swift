/// Scrolling arithmetic shared by update and view.
public enum Scroll {
    /// The first visible row so that rows `first...last` show (as much as fits) inside `visible` rows.
    @inlinable public static func top(current: Int, first: Int, last: Int, visible: Int, total: Int) -> Int {
        guard visible > 0, total > 0 else { return 0 }
        var top = current
        if last >= top + visible { top = last - visible + 1 }
        if first < top { top = first }
        if first >= top + visible { top = first }
        return max(0, min(top, total - visible))
    }
}
