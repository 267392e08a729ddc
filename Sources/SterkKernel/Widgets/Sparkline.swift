/// A one-row chart of a series over time: ▁▂▃▄▅▆▇█, or `_.-=+*#%` in ASCII.
///
/// Only for real series (values at successive dates); the caller says what the steps are.
public enum Sparkline {
    public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    public static let asciiLevels: [Character] = ["_", ".", "-", "=", "+", "*", "#", "%"]

    /// One character per value, scaled from the series' minimum (or zero) to its maximum.
    public static func text(_ values: [Double], unicode: Bool, fromZero: Bool = true) -> String {
        let glyphs = unicode ? levels : asciiLevels
        guard let high = values.max(), let low = values.min() else { return "" }
        let bottom = fromZero ? min(0, low) : low
        let span = high - bottom
        return String(
            values.map { value -> Character in
                guard span > 0 else { return glyphs[glyphs.count / 2] }
                let step = Int(((value - bottom) / span * Double(glyphs.count - 1)).rounded())
                return glyphs[max(0, min(glyphs.count - 1, step))]
            })
    }
}
