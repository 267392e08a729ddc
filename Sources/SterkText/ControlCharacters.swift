/// Removes characters that would steer a terminal (escape sequences, bells, carriage returns).
public enum ControlCharacters {
    /// Text safe to draw: C0/C1 controls and DEL removed, tabs and newlines turned into spaces.
    public static func strip(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" || scalar == "\n" {
                result.append(" ")
            } else if !isControl(scalar) {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// One character as it may be drawn: tab, newline and CR LF become a space, any other
    /// control character nil. (Controls are characters of their own, CR LF aside.)
    public static func drawable(_ character: Character) -> Character? {
        guard let first = character.unicodeScalars.first, isControl(first) else { return character }
        return character == "\t" || character == "\n" || character == "\r\n" ? " " : nil
    }

    /// C0 controls, DEL, C1 controls, and bidi overrides that can reorder what a reader sees.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value)
    }
}
