/// The `?` overlay: every command, grouped by context, generated from the keymap.
///
/// A description wider than its column wraps onto indented rows instead of being cut, so every
/// line of help can be read whole at 80 columns.
struct HelpOverlay {
    let theme: ResolvedTheme
    let glyphs: Glyphs
    /// `--alleen-lezen`: commands that change data are left out.
    var readOnly = false

    /// One row on screen: a context heading, a command's keys with its description (or the
    /// rest of a description that did not fit the row above, with empty keys).
    struct Row: Equatable {
        var keys: String
        var text: String
        var isHeading = false
    }

    /// The keys column: at most 24 cells, a third of the overlay on a narrow screen.
    static func keyWidth(area: Int) -> Int { min(24, area / 3) }

    /// Every row of the help at an inner width of `area` cells; scrolling counts these rows.
    static func rows(area: Int, unicode: Bool, readOnly: Bool) -> [Row] {
        let keyWidth = keyWidth(area: area)
        let textWidth = max(1, area - 3 - keyWidth)
        var rows: [Row] = []
        for line in KeymapDocs.helpLines(unicode: unicode, readOnly: readOnly) {
            if line.isHeading {
                rows.append(Row(keys: line.keys, text: "", isHeading: true))
                continue
            }
            var keys = line.keys
            if DisplayWidth.of(keys) > keyWidth {
                rows.append(Row(keys: keys, text: ""))
                keys = ""
            }
            let parts = Wrap.plainLines(line.description, width: textWidth)
            for (index, part) in parts.enumerated() { rows.append(Row(keys: index == 0 ? keys : "", text: part)) }
        }
        return rows
    }

    func draw(into buffer: inout ScreenBuffer, box: Rect, top: Int) -> (x: Int, y: Int)? {
        buffer.fill(box, style: theme[.text])
        buffer.box(
            box, style: theme[.overlayBorder], title: Dutch.helpTitle, titleStyle: theme[.panelTitle],
            glyphs: glyphs.box)
        let area = box.inset(by: 1)
        guard area.width > 4, area.height > 0 else { return nil }
        let rows = HelpOverlay.rows(area: area.width, unicode: glyphs.unicode, readOnly: readOnly)
        let keyWidth = HelpOverlay.keyWidth(area: area.width)
        for (offset, row) in rows.dropFirst(top).prefix(area.height).enumerated() {
            let y = area.y + offset
            if row.isHeading {
                buffer.write(row.keys, x: area.x + 1, y: y, style: theme[.heading], clip: area)
            } else {
                buffer.write(row.keys, x: area.x + 2, y: y, style: theme[.helpKey], clip: area)
                buffer.write(row.text, x: area.x + 3 + keyWidth, y: y, style: theme[.text], clip: area)
            }
        }
        return (area.x, area.y)
    }
}
