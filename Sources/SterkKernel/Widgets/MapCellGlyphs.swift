/// The characters that stand for a cell's dots in half-block and ASCII mode.
public enum MapCellGlyphs {
    /// ▀ ▄ █ for the upper and lower dot; nil when both are off.
    public static func halfBlock(top: Bool, bottom: Bool) -> Character? {
        switch (top, bottom) {
        case (true, true): return "█"
        case (true, false): return "▀"
        case (false, true): return "▄"
        case (false, false): return nil
        }
    }

    /// The half-block mode's shading for M50 members.
    public static let halfBlockShade: Character = "▒"

    /// `#` for shaded land, `.` for an outline; nil for nothing.
    public static func ascii(outline: Bool, shaded: Bool) -> Character? {
        shaded ? "#" : (outline ? "." : nil)
    }
}
