/// Bar and sparkline glyphs: eighth-block precision in Unicode, whole cells in ASCII.
public enum BarGlyphs {
    /// ▏▎▍▌▋▊▉ for one to seven eighths of a cell.
    public static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    /// The reference mark drawn across bars, and its ASCII stand-in.
    public static func marker(unicode: Bool) -> Character { unicode ? "│" : "|" }

    /// A bar for `fraction` (0…1) of `width` cells.
    ///
    /// A positive value always shows at least a sliver, so "small" never reads as "zero".
    public static func bar(fraction: Double, width: Int, unicode: Bool) -> String {
        guard width > 0, fraction.isFinite, fraction > 0 else { return "" }
        let clamped = min(1, fraction)
        if !unicode {
            let cells = max(1, Int((clamped * Double(width)).rounded()))
            return String(repeating: "#", count: cells)
        }
        let total = max(1, Int((clamped * Double(width * 8)).rounded()))
        var text = String(repeating: "█", count: total / 8)
        if total % 8 > 0 { text.append(eighths[total % 8 - 1]) }
        return text
    }

    /// The cell (0..<width) in which a value at `fraction` of the scale falls.
    public static func column(fraction: Double, width: Int) -> Int {
        guard width > 0, fraction.isFinite else { return 0 }
        return max(0, min(width - 1, Int((min(1, max(0, fraction)) * Double(width)).rounded(.down))))
    }
}
