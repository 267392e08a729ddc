/// The slide above and one footer row: position, progress bar, clock.
extension PresentationDeck {
    func render(width: Int, height: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height, fill: Cell(style: theme[.text]))
        guard width > 0, height > 1 else { return buffer }
        let (body, footer) = buffer.bounds.splitBottom(1)
        _ = renderer.draw(slides[index], into: &buffer, rect: body)
        drawFooter(into: &buffer, rect: footer)
        theme.ground(&buffer)
        return buffer
    }

    /// Problems of one slide at a size (empty: it fits); for `--controleer`.
    public func problems(slide: Int, width: Int, height: Int) -> [String] {
        var buffer = ScreenBuffer(width: width, height: height)
        return renderer.draw(slides[slide], into: &buffer, rect: buffer.bounds.splitBottom(1).rest)
    }

    /// One slide as it would look on screen, footer included (for `--export` and tests).
    public func screen(slide: Int, width: Int, height: Int) -> ScreenBuffer {
        var copy = self
        copy.index = max(0, min(slides.count - 1, slide))
        return copy.render(width: width, height: height)
    }

    /// "3/15  ▕██████░░░░▏  auto 20 s  dia 00:12  00:41".
    func drawFooter(into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.fill(rect, style: theme[.statusBar])
        let left = " " + DutchPresentation.position(index + 1, slides.count) + " "
        var right = [ClockText.elapsed(now - (startedAt ?? now))]
        if showSlideTimer { right.insert(DutchPresentation.slideTime(ClockText.elapsed(now - slideStartedAt)), at: 0) }
        if let autoAdvance {
            right.insert(
                paused ? DutchPresentation.paused : DutchPresentation.auto(Int(autoAdvance.components.seconds)), at: 0)
        }
        if !typed.isEmpty { right.insert(DutchPresentation.typed(typed), at: 0) }
        if let status { right.insert(status, at: 0) }
        let rightText = " " + right.joined(separator: "  ") + " "
        let used = buffer.write(left, x: rect.x, y: rect.y, style: theme[.statusBar].adding(.bold), clip: rect)
        let rightWidth = DisplayWidth.of(rightText)
        buffer.write(rightText, x: rect.maxX - rightWidth, y: rect.y, style: theme[.statusBar], clip: rect)
        let bar = Rect(x: rect.x + used, y: rect.y, width: rect.width - used - rightWidth, height: 1)
        drawProgress(into: &buffer, rect: bar)
    }

    /// A bar that fills as the slides go by; ASCII `#` and `-` without UTF-8.
    func drawProgress(into buffer: inout ScreenBuffer, rect: Rect) {
        guard rect.width >= 6 else { return }
        let inner = rect.width - 2
        let fraction = slides.count > 1 ? Double(index) / Double(slides.count - 1) : 1
        let filled = BarGlyphs.bar(fraction: fraction, width: inner, unicode: unicode)
        let rest = String(repeating: unicode ? "░" : "-", count: max(0, inner - DisplayWidth.of(filled)))
        let style = theme[.slideProgress]
        buffer.write(
            (unicode ? "▕" : "[") + filled + rest + (unicode ? "▏" : "]"), x: rect.x, y: rect.y, style: style,
            clip: rect)
    }
}
