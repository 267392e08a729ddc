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
        for (index, scalar) in scalars.enumerated() {
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if !isFormat(scalar) || isNeeded(scalar, after: result.last, before: next) { result.append(scalar) }
        }
        return String(result)
    }

    static func isFormat(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .format
    }

    /// Whether a format character stays, judged by what was kept before it (a dropped
    /// character cannot make the next one needed) and the character after it.
    private static func isNeeded(_ scalar: Unicode.Scalar, after kept: Unicode.Scalar?, before next: Unicode.Scalar?)
        -> Bool
    {
        if isTag(scalar) {  // tags: only right after a black flag or another kept tag
            return kept.map { $0.value == 0x1F3F4 || isTag($0) } ?? false
        }
        guard scalar.value == 0x200C || scalar.value == 0x200D, let kept, let next else { return false }
        return isVisible(kept) && isVisible(next)
    }

    private static func isTag(_ scalar: Unicode.Scalar) -> Bool { (0xE0020...0xE007F).contains(scalar.value) }

    private static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        !isFormat(scalar) && !scalar.properties.isWhitespace && scalar.value >= 0x20
    }
}
