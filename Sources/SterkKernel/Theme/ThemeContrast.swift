import Foundation

/// WCAG contrast between a role's foreground and its background, for checking that every
/// theme is readable on its own background.
public enum ThemeContrast {
    /// The xterm defaults for the 16 standard colours (terminals vary; these are typical).
    private static let standard: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
        (255, 255, 255),
    ]

    /// The colour of a palette index as RGB.
    public static func rgb(_ index: UInt8) -> (Int, Int, Int) {
        index < 16 ? standard[Int(index)] : ColorDegrade.rgb(index)
    }

    /// WCAG 2 relative luminance (0 black … 1 white).
    public static func luminance(_ index: UInt8) -> Double {
        let (r, g, b) = rgb(index)
        func channel(_ value: Int) -> Double {
            let c = Double(value) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }

    /// The contrast ratio (1…21) between two palette colours.
    public static func ratio(_ first: UInt8, _ second: UInt8) -> Double {
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}
