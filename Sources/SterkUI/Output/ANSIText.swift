/// Turns a buffer into text with ANSI SGR colour escapes (`sterk scherm PANEEL --kleur`).
public enum ANSIText {
    /// One line per row; a style change emits a full SGR sequence; each line ends reset.
    public static func render(_ buffer: ScreenBuffer) -> String {
        var output = ""
        for row in 0..<buffer.height {
            output += line(buffer, row: row)
            if row + 1 < buffer.height { output += "\n" }
        }
        return output
    }

    static func line(_ buffer: ScreenBuffer, row: Int) -> String {
        var text = ""
        var current = Style.plain
        let lastUsed = lastNonBlank(buffer, row: row)
        guard lastUsed >= 0 else { return "" }
        for column in 0...lastUsed {
            let cell = buffer[column, row]
            if cell.isContinuation { continue }
            if cell.style != current {
                text += sgr(cell.style)
                current = cell.style
            }
            text.append(cell.character)
        }
        return current == .plain ? text : text + "\u{1B}[0m"
    }

    /// The last column that shows something (a character or a coloured background).
    static func lastNonBlank(_ buffer: ScreenBuffer, row: Int) -> Int {
        var column = buffer.width - 1
        while column >= 0 {
            let cell = buffer[column, row]
            if cell.character != " " || cell.style.background != .terminalDefault
                || cell.style.attributes.contains(.reverse) || cell.style.attributes.contains(.underline)
            {
                break
            }
            column -= 1
        }
        return column
    }

    /// "ESC[0;1;38;5;214;48;5;235m" for a style.
    public static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        let attributes: [(TextAttributes, String)] = [
            (.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"), (.reverse, "7"),
        ]
        for (attribute, code) in attributes where style.attributes.contains(attribute) { codes.append(code) }
        if case let .indexed(index) = style.foreground { codes.append(colorCode(index, base: 30)) }
        if case let .indexed(index) = style.background { codes.append(colorCode(index, base: 40)) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    /// 30–37 / 90–97 for the 16 basic colours (so 16-colour terminals understand), else 38;5;N.
    static func colorCode(_ index: UInt8, base: Int) -> String {
        if index < 8 { return String(base + Int(index)) }
        if index < 16 { return String(base + 60 + Int(index) - 8) }
        return "\(base + 8);5;\(index)"
    }
}
