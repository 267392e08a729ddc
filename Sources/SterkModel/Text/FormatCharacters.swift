/// Removes invisible format characters (Unicode category Cf) from names.
///
/// A zero-width space, direction mark or byte order mark pasted into a name is invisible,
/// yet it makes two names that look the same differ, breaks search and, in a terminal, can
/// shift what follows. What is needed stays: a zero-width joiner or non-joiner between two
/// visible characters (emoji sequences, Persian and Indic words) and the tag characters of a
/// subdivision flag.
public enum FormatCharacters {
    /// `text` without format characters that are not needed.
    public static func strip(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: isFormat) else { return text }
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() where !isFormat(scalar) || isNeeded(at: index, in: scalars) {
            result.append(scalar)
        }
        return String(result)
    }

    static func isFormat(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .format
    }

    private static func isNeeded(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let value = scalars[index].value
        if (0xE0020...0xE007F).contains(value) {  // tags: only right after a black flag or another tag
            return index > 0
                && (scalars[index - 1].value == 0x1F3F4 || (0xE0020...0xE007F).contains(scalars[index - 1].value))
        }
        guard value == 0x200C || value == 0x200D, index > 0, index + 1 < scalars.count else { return false }
        return isVisible(scalars[index - 1]) && isVisible(scalars[index + 1])
    }

    private static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        !isFormat(scalar) && !scalar.properties.isWhitespace && scalar.value >= 0x20
    }
}
