/// Maps 256-colour indices down to what a terminal can show: 16, 8 or no colours.
///
/// Greys go to black, grey or white by lightness, never to a hue (a plain nearest-RGB
/// match would send some greys to yellow or blue on common palettes).
public enum ColorDegrade {
    /// The terminal style for a spec on a terminal with `colors` colours (0 = monochrome);
    /// without colour the spec keeps its attributes plus `monochrome` (the role's own).
    public static func style(for spec: StyleSpec, monochrome: TextAttributes, colors: Int) -> Style {
        guard colors >= 8 else {
            return Style(attributes: spec.attributes.union(monochrome))
        }
        return Style(
            foreground: color(spec.foreground, colors: colors),
            background: color(spec.background, colors: colors), attributes: spec.attributes)
    }

    /// One colour degraded to a palette of `colors` entries.
    public static func color(_ color: TermColor, colors: Int) -> TermColor {
        guard case let .indexed(index) = color else { return color }
        if colors >= 256 { return color }
        let sixteen = toSixteen(index)
        return .indexed(colors >= 16 ? sixteen : (sixteen >= 8 ? sixteen - 8 : sixteen))
    }

    /// The nearest of the 16 standard colours for a 256-colour index.
    public static func toSixteen(_ index: UInt8) -> UInt8 {
        if index < 16 { return index }
        let (r, g, b) = rgb(index)
        let high = max(r, g, b), low = min(r, g, b)
        if high - low < 40 { return grey(lightness: (r + g + b) / 3) }
        let bright = high > 200
        let threshold = high / 2 + 10
        let bits = (r >= threshold ? 1 : 0) | (g >= threshold ? 2 : 0) | (b >= threshold ? 4 : 0)
        return UInt8(bits) + (bright ? 8 : 0)
    }

    private static func grey(lightness: Int) -> UInt8 {
        switch lightness {
        case ..<60: return 0
        case ..<140: return 8
        case ..<210: return 7
        default: return 15
        }
    }

    /// The RGB value xterm gives a 256-colour index (16–255).
    public static func rgb(_ index: UInt8) -> (Int, Int, Int) {
        if index >= 232 {
            let level = 8 + Int(index - 232) * 10
            return (level, level, level)
        }
        let cube = Int(index) - 16
        let steps = [0, 95, 135, 175, 215, 255]
        return (steps[cube / 36], steps[(cube / 6) % 6], steps[cube % 6])
    }
}
