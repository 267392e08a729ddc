/// Maps 256-colour palette indices onto terminals with 16 or 8 colours.
///
/// Greys map to black/white (never to a hue: nearest-RGB would turn grey 244 into yellow on
/// an 8-colour terminal), and hues map by which channels dominate.
enum ColorDownsampler {
    /// Whether the colour is drawn as text or as the cell behind it (greys lean differently).
    enum Role { case foreground, background }

    /// The colour index to use on a terminal with `colors` colours (8, 16 or 256).
    static func index(_ index: UInt8, colors: Int, role: Role) -> Int32 {
        if colors >= 256 || (colors >= 16 && index < 16) { return Int32(index) }
        if colors >= 8, index < 8 { return Int32(index) }
        let (r, g, b) = rgb(of: index)
        let high = max(r, g, b), low = min(r, g, b)
        if high - low < 40 { return grey(level: (r + g + b) / 3, colors: colors, role: role) }
        var hue: Int32 = 0
        // A channel counts when it reaches 60 % of the strongest one (#005faf stays blue).
        if r * 5 >= high * 3 { hue |= 1 }
        if g * 5 >= high * 3 { hue |= 2 }
        if b * 5 >= high * 3 { hue |= 4 }
        return colors >= 16 && high >= 215 ? hue + 8 : hue
    }

    /// A grey by brightness: black, (bright black, white,) white.
    private static func grey(level: Int, colors: Int, role: Role) -> Int32 {
        if colors >= 16 {
            switch level {
            case ..<64: return 0
            case ..<160: return 8
            case ..<224: return 7
            default: return 15
            }
        }
        // Text stays readable (mid greys become white); backgrounds stay dark unless light.
        let threshold = role == .foreground ? 100 : 160
        return level >= threshold ? 7 : 0
    }

    /// The xterm default RGB value of a palette index.
    static func rgb(of index: UInt8) -> (Int, Int, Int) {
        switch index {
        case 0..<16:
            let base = [
                (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
                (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0),
                (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
            ]
            return base[Int(index)]
        case 16..<232:
            let levels = [0, 95, 135, 175, 215, 255]
            let n = Int(index) - 16
            return (levels[n / 36], levels[(n / 6) % 6], levels[n % 6])
        default:
            let level = 8 + 10 * (Int(index) - 232)
            return (level, level, level)
        }
    }

    /// True for colours on which dark text reads better than light text.
    static func isLight(_ index: Int32) -> Bool {
        [2, 3, 6, 7, 10, 11, 14, 15].contains(index)
    }
}
