import CNcurses
import SterkKernel

/// Allocates ncurses colour pairs on demand, one per (foreground, background) in use.
@MainActor
final class ColorPairs {
    private struct Key: Hashable { let foreground: Int32, background: Int32 }

    /// 0 (no colour), 8, 16 or 256.
    let colors: Int
    private let defaultColorsWork: Bool
    private let limit: Int32
    private var cache: [Key: Int32] = [:]
    private var nextPair: Int32 = 1

    /// Starts colour when wanted and available, and lets -1 mean the terminal's own colours.
    init(useColor: Bool) {
        guard useColor, has_colors(), start_color() == OK else {
            colors = 0
            defaultColorsWork = false
            limit = 0
            return
        }
        colors = Self.paletteSize(Int(ncw_colors()))
        defaultColorsWork = use_default_colors() == OK
        limit = Int32(min(Int(ncw_color_pairs()), Int(Int32.max)))
    }

    /// The palette we draw with for a terminal that reports `count` colours.
    nonisolated static func paletteSize(_ count: Int) -> Int {
        switch count {
        case 256...: return 256
        case 16...: return 16
        case 8...: return 8
        default: return 0
        }
    }

    /// The pair number for a style's colours (0, the default pair, when out of pairs).
    func pair(for style: Style) -> Int32 {
        guard colors > 0 else { return 0 }
        let key = mapped(style)
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let pair = cache[key] { return pair }
        guard nextPair < limit, init_extended_pair(nextPair, key.foreground, key.background) == OK else {
            return 0
        }
        cache[key] = nextPair
        nextPair += 1
        return nextPair - 1
    }

    /// The style's colours in the terminal's palette; never the same for text and background
    /// unless the style asked for that.
    private func mapped(_ style: Style) -> Key {
        let foreground = index(style.foreground, role: .foreground)
        let background = index(style.background, role: .background)
        guard foreground == background, foreground != -1, style.foreground != style.background else {
            return Key(foreground: foreground, background: background)
        }
        return Key(foreground: ColorDownsampler.isLight(background) ? 0 : 7, background: background)
    }

    private func index(_ color: TermColor, role: ColorDownsampler.Role) -> Int32 {
        switch color {
        case .indexed(let value):
            return ColorDownsampler.index(value, colors: colors, role: role)
        case .terminalDefault:
            if defaultColorsWork { return -1 }
            return role == .foreground ? 7 : 0
        }
    }
}
