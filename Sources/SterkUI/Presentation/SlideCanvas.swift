/// What a slide draws with, and the problems found while drawing (for `--controleer`).
struct SlideCanvas {
    var buffer: ScreenBuffer
    let theme: ResolvedTheme
    let unicode: Bool
    /// The map slide's view, made by the deck (nil: the map block shows a note).
    let map: MapView?
    /// Why the slide does not fit; empty when it does.
    var problems: [String] = []
    /// Block-font scale for big figures (2 on a big screen, see `SlidePlan`).
    var scale = 1

    mutating func report(_ problem: String) {
        if !problems.contains(problem) { problems.append(problem) }
    }

    /// Draws wrapped spans in `rect`, at most `maxLines` rows; returns rows used.
    @discardableResult
    mutating func text(_ spans: [Span], rect: Rect, maxLines: Int? = nil, centered: Bool = false) -> Int {
        let lines = SlideText.lines(spans, width: rect.width, maxLines: maxLines)
        for (offset, line) in lines.prefix(rect.height).enumerated() {
            let width = line.reduce(0) { $0 + DisplayWidth.of($1.text) }
            let x = centered ? rect.x + max(0, (rect.width - width) / 2) : rect.x
            buffer.draw(line, x: x, y: rect.y + offset, clip: rect, theme: theme)
        }
        return min(lines.count, rect.height)
    }

    /// One line that must show whole (a heading, a name); reports it when cut.
    mutating func line(_ text: String, rect: Rect, role: ThemeRole, what: String) {
        if DisplayWidth.of(text) > rect.width { report(DutchPresentation.cut(what, text)) }
        buffer.write(DisplayWidth.truncate(text, to: rect.width), x: rect.x, y: rect.y, style: theme[role], clip: rect)
    }
}

/// Wrapping for slides: the dashboard's word wrap, optionally cut to a number of lines.
enum SlideText {
    static func lines(_ spans: [Span], width: Int, maxLines: Int? = nil) -> [[Span]] {
        guard width > 0 else { return [] }
        var lines = Wrap.lines(spans, width: width).filter { !$0.isEmpty }
        guard let maxLines, lines.count > maxLines, maxLines > 0 else { return lines }
        lines = Array(lines.prefix(maxLines))
        var last = lines[maxLines - 1]
        let used = last.reduce(0) { $0 + DisplayWidth.of($1.text) }
        if used < width {
            last.append(Span("…", last.last?.role ?? .text))
        } else if var tail = last.popLast() {
            tail.text = DisplayWidth.truncate(tail.text + "…", to: DisplayWidth.of(tail.text))
            last.append(tail)
        }
        lines[maxLines - 1] = last
        return lines
    }

    static func height(_ spans: [Span], width: Int, maxLines: Int?) -> Int {
        lines(spans, width: width, maxLines: maxLines).count
    }
}
