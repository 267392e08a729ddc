/// Turns the dots of one cell into a character, per mode.
enum MapCellGlyphs {
    /// Braille dot bits for (column, row) inside a 2×4 cell, as in Unicode's U+2800 block.
    private static let brailleBits: [[UInt32]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]

    /// The braille pattern for the cell's dots; nil when no dot is on.
    static func braille(_ isOn: (Int, Int) -> Bool) -> Character? {
        var bits: UInt32 = 0
        for row in 0..<4 {
            for column in 0..<2 where isOn(column, row) { bits |= brailleBits[row][column] }
        }
        guard bits != 0, let scalar = Unicode.Scalar(0x2800 + bits) else { return nil }
        return Character(scalar)
    }

    /// ▀ ▄ █ for the upper and lower dot; nil when both are off.
    static func halfBlock(top: Bool, bottom: Bool) -> Character? {
        switch (top, bottom) {
        case (true, true): return "█"
        case (true, false): return "▀"
        case (false, true): return "▄"
        case (false, false): return nil
        }
    }

    /// The half-block mode's shading for M50 members.
    static let halfBlockShade: Character = "▒"

    /// `#` for shaded land, `.` for an outline; nil for nothing.
    static func ascii(outline: Bool, shaded: Bool) -> Character? {
        shaded ? "#" : (outline ? "." : nil)
    }
}
