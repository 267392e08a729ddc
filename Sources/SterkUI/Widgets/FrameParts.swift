/// "terminal te klein: W×H, nodig w×h", wrapped and centred as far as the screen allows.
enum TooSmallView {
    static func draw(into buffer: inout ScreenBuffer, theme: ResolvedTheme) {
        let message = Dutch.tooSmall(
            width: buffer.width, height: buffer.height,
            neededWidth: ScreenLayout.minimumWidth, neededHeight: ScreenLayout.minimumHeight)
        guard buffer.width > 0, buffer.height > 0 else { return }
        let lines = Wrap.lines([Span(message)], width: buffer.width).map { $0.map(\.text).joined().trimmed(of: " ") }
        let top = max(0, (buffer.height - lines.count) / 2)
        for (offset, line) in lines.prefix(buffer.height).enumerated() {
            let x = max(0, (buffer.width - DisplayWidth.of(line)) / 2)
            buffer.write(line, x: x, y: top + offset, style: theme[.statusError])
        }
    }
}

/// The status line: the search prompt while typing, else the last message.
enum StatusLine {
    static func draw(
        into buffer: inout ScreenBuffer, rect: Rect, status: StatusMessage?, search: SearchState?,
        position: String?, theme: ResolvedTheme
    ) {
        buffer.fill(rect, style: theme[.statusBar])
        // The "n/N" counter keeps its place; a message too long for the rest ends in "…".
        var messageEnd = rect.maxX
        if let position, rect.width > DisplayWidth.of(position) + 2 {
            let start = rect.maxX - DisplayWidth.of(position) - 1
            buffer.write(position, x: start, y: rect.y, style: theme[.statusBar], clip: rect)
            messageEnd = start - 1
        }
        let messageArea = Rect(x: rect.x, y: rect.y, width: max(0, messageEnd - rect.x), height: 1)
        var x = rect.x + 1
        if let search, search.editing {
            x += buffer.write(
                Dutch.searchPrompt(search.query), x: x, y: rect.y, style: theme[.searchInput], clip: messageArea)
            buffer.cursor = (min(x, max(rect.x, messageArea.maxX - 1)), rect.y)
            x += 2
        }
        if let status, x < messageArea.maxX {
            let text = DisplayWidth.truncate(status.text, to: messageArea.maxX - x)
            buffer.write(
                text, x: x, y: rect.y, style: theme[status.isError ? .statusError : .statusMessage], clip: messageArea)
        }
    }
}

/// The footer: key hints generated from the keymap for the active contexts.
enum Footer {
    static func draw(
        into buffer: inout ScreenBuffer, rect: Rect, contexts: [CommandContext], theme: ResolvedTheme,
        unicode: Bool, labels: [CommandID: String] = [:]
    ) {
        var x = rect.x + 1
        for hint in KeymapDocs.footerHints(for: contexts, unicode: unicode, labels: labels) {
            let needed = DisplayWidth.of(hint.key) + DisplayWidth.of(hint.label) + 3
            guard x + needed <= rect.maxX else { break }
            x += buffer.write(hint.key, x: x, y: rect.y, style: theme[.footerKey], clip: rect)
            x += buffer.write(" " + hint.label + "  ", x: x, y: rect.y, style: theme[.footerText], clip: rect)
        }
    }
}

/// The `?` overlay: every command, grouped by context, generated from the keymap.
struct HelpOverlay {
    let theme: ResolvedTheme
    let glyphs: Glyphs
    /// `--alleen-lezen`: commands that change data are left out.
    var readOnly = false

    func draw(into buffer: inout ScreenBuffer, box: Rect, top: Int) -> (x: Int, y: Int)? {
        buffer.fill(box, style: theme[.text])
        buffer.box(
            box, style: theme[.overlayBorder], title: Dutch.helpTitle, titleStyle: theme[.panelTitle],
            glyphs: glyphs.box)
        let area = box.inset(by: 1)
        guard area.width > 4, area.height > 0 else { return nil }
        let lines = KeymapDocs.helpLines(unicode: glyphs.unicode, readOnly: readOnly)
        let keyWidth = min(24, area.width / 3)
        for (offset, line) in lines.dropFirst(top).prefix(area.height).enumerated() {
            let y = area.y + offset
            if line.isHeading {
                buffer.write(line.keys, x: area.x + 1, y: y, style: theme[.heading], clip: area)
            } else {
                buffer.write(
                    DisplayWidth.pad(line.keys, to: keyWidth), x: area.x + 2, y: y, style: theme[.helpKey], clip: area)
                buffer.write(line.description, x: area.x + 3 + keyWidth, y: y, style: theme[.text], clip: area)
            }
        }
        return (area.x, area.y)
    }
}
