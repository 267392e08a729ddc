/// "terminal te klein: W×H, nodig w×h", wrapped and centred as far as the screen allows.
enum TooSmallView {
    static func draw(into buffer: inout ScreenBuffer, theme: ResolvedTheme) {
        let message = Dutch.tooSmall(
            width: buffer.width, height: buffer.height,
            neededWidth: ScreenLayout.minimumWidth, neededHeight: ScreenLayout.minimumHeight)
        guard buffer.width > 0, buffer.height > 0 else { return }
        let lines = Wrap.plainLines(message, width: buffer.width)
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
