import SterkModel

/// How the map turns dots into characters.
public enum MapMode: String, Sendable, Hashable, CaseIterable {
    /// Braille patterns, 2×4 dots per cell: the finest.
    case braille
    /// Half blocks ▀ ▄ █, 1×2 dots per cell.
    case halfBlock
    /// Plain ASCII for terminals without UTF-8: one dot per cell.
    case ascii

    /// The dot grid of one cell.
    public var dots: DotsPerCell {
        switch self {
        case .braille: return .braille
        case .halfBlock: return .halfBlock
        case .ascii: return .single
        }
    }

    /// Braille when the terminal shows UTF-8, else ASCII.
    public static func preferred(unicode: Bool) -> MapMode {
        unicode ? .braille : .ascii
    }

    /// True when the map may use non-ASCII glyphs.
    var isUnicode: Bool { self != .ascii }
}
