/// Big letters and digits drawn with full blocks, readable from the back of a room.
///
/// Five rows high; a sixth row on top holds diacritics (ë, é …) only when the text has
/// any. Text is shown in capitals. Characters without a glyph make `lines` return nil,
/// so the caller falls back to ordinary text instead of drawing a wrong word. A `scale` of 2
/// draws every pixel as 2×2 cells, for titles on a big screen (a projector).
public enum BlockFont {
    /// Rows of a glyph without marks.
    public static let glyphHeight = 5
    /// Empty columns between two glyphs.
    public static let spacing = 1

    /// The pixels and mark of one character, or nil when the font has no glyph for it.
    public static func glyph(_ character: Character) -> (rows: [String], mark: BlockFontGlyphs.Mark?)? {
        let upper = Character(String(character).uppercased())
        if let rows = BlockFontGlyphs.table[upper] { return (rows, nil) }
        if let accented = BlockFontGlyphs.accented[upper], let rows = BlockFontGlyphs.table[accented.base] {
            return (rows, accented.mark)
        }
        return nil
    }

    /// True when every character has a glyph.
    public static func canRender(_ text: String) -> Bool {
        text.allSatisfy { glyph($0) != nil }
    }

    /// Cells the text takes in one line, or nil when a character has no glyph.
    public static func width(of text: String, scale: Int = 1) -> Int? {
        var total = 0
        for character in text {
            guard let glyph = glyph(character) else { return nil }
            total += (glyph.rows.first?.count ?? 0) + spacing
        }
        return max(0, total - spacing) * scale
    }

    /// Rows a line takes: five, or six when it carries a diacritic (times the scale).
    public static func height(of text: String, scale: Int = 1) -> Int {
        (text.contains { glyph($0)?.mark != nil } ? glyphHeight + 1 : glyphHeight) * scale
    }

    /// The text as rows of characters, every pixel `scale` cells wide and `scale` rows high.
    public static func lines(_ text: String, unicode: Bool, scale: Int) -> [String]? {
        guard let rows = lines(text, unicode: unicode) else { return nil }
        guard scale > 1 else { return rows }
        return rows.flatMap { row in
            Array(repeating: String(row.flatMap { repeatElement($0, count: scale) }), count: scale)
        }
    }

    /// The text as rows of characters (█ or #), or nil when a character has no glyph.
    public static func lines(_ text: String, unicode: Bool) -> [String]? {
        let marked = height(of: text) > glyphHeight
        var rows = Array(repeating: "", count: marked ? glyphHeight + 1 : glyphHeight)
        let fill: Character = unicode ? "█" : "#"
        for (offset, character) in text.enumerated() {
            guard let glyph = glyph(character) else { return nil }
            let gap = offset == 0 ? "" : String(repeating: " ", count: spacing)
            let width = glyph.rows.first?.count ?? 0
            if marked {
                rows[0] +=
                    gap + (glyph.mark?.row(width: width, unicode: unicode) ?? String(repeating: " ", count: width))
            }
            for (index, pixels) in glyph.rows.enumerated() {
                rows[index + (marked ? 1 : 0)] += gap + String(pixels.map { $0 == "#" ? fill : " " })
            }
        }
        return rows
    }

    /// Words packed into lines no wider than `width`; nil when one word alone is too wide
    /// or has a character without a glyph.
    public static func wrap(_ text: String, width: Int, scale: Int = 1) -> [String]? {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ").map(String.init) {
            guard let wordWidth = self.width(of: word, scale: scale), wordWidth <= width else { return nil }
            let candidate = current.isEmpty ? word : current + " " + word
            if let candidateWidth = self.width(of: candidate, scale: scale), candidateWidth <= width {
                current = candidate
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Total rows of wrapped lines with one blank row (`scale` rows) between them.
    public static func height(ofLines lines: [String], scale: Int = 1) -> Int {
        lines.reduce(0) { $0 + height(of: $1, scale: scale) } + max(0, lines.count - 1) * scale
    }

    /// Draws wrapped lines from (x, y), each line starting at x; returns the rows used.
    @discardableResult
    public static func draw(
        _ lines: [String], into buffer: inout ScreenBuffer, x: Int, y: Int, style: Style, unicode: Bool,
        clip: Rect? = nil, scale: Int = 1
    ) -> Int {
        var row = y
        for (index, line) in lines.enumerated() {
            if index > 0 { row += scale }
            for text in self.lines(line, unicode: unicode, scale: scale) ?? [] {
                buffer.write(text, x: x, y: row, style: style, clip: clip)
                row += 1
            }
        }
        return row - y
    }
}
