/// Lays a slide out at any size: kicker, title, body blocks, then the source line.
///
/// The title is drawn in the block font when it and the body fit; otherwise as a bold
/// line. On a big screen (a projector) the slide scales: the content column is centred
/// with at most `maxContentWidth` cells, the title and big figures are drawn at double size
/// when they still fit, and the content sits in the middle of the rows left (`SlidePlan`).
/// Whatever still does not fit is drawn clipped and reported, so `--controleer` can name
/// the slide.
struct SlideRenderer {
    let theme: ResolvedTheme
    let unicode: Bool
    let map: MapView?
    /// Left and right margin in cells (at least).
    static let margin = 2
    /// The widest content column: longer lines are hard to follow from the back of a room.
    static let maxContentWidth = 132

    /// Draws `slide` into `rect` of `buffer`; returns why it does not fit (empty: it fits).
    func draw(_ slide: Slide, into buffer: inout ScreenBuffer, rect: Rect) -> [String] {
        var canvas = SlideCanvas(buffer: buffer, theme: theme, unicode: unicode, map: map)
        let width = min(rect.width - 2 * SlideRenderer.margin, SlideRenderer.maxContentWidth)
        let inner = Rect(x: rect.x + (rect.width - width) / 2, y: rect.y, width: width, height: rect.height)
        guard inner.width > 10, inner.height > 4 else {
            buffer = canvas.buffer
            return [DutchPresentation.screenTooSmall]
        }
        let sources = sourceLines(slide, width: inner.width)
        let (top, bottom) = inner.splitBottom(sources.count)
        let plan = SlidePlan(slide, area: top, renderer: self)
        canvas.scale = plan.scale
        let placed = top.splitTop(plan.offset).rest
        canvas.line(
            slide.kicker, rect: Rect(x: placed.x, y: placed.y, width: placed.width, height: 1), role: .textDim,
            what: DutchPresentation.whatKicker)
        let body = placed.splitTop(1).rest
        drawTitle(slide, plan.title, scale: plan.scale, into: &canvas, rect: body)
        drawBlocks(slide.blocks, into: &canvas, rect: body.splitTop(plan.title.rows + 1).rest, gap: plan.gap)
        for (offset, line) in sources.enumerated() {
            canvas.text(line, rect: Rect(x: bottom.x, y: bottom.y + offset, width: bottom.width, height: 1))
        }
        buffer = canvas.buffer
        return canvas.problems
    }

    /// Big lines (nil: compact), the rows the title takes and the gap between blocks.
    struct TitleLayout {
        var big: [String]?
        var compact: [[Span]]
        var rows: Int
        var gap: Int
    }

    /// The title at a block-font `scale`; big only when it and the body (figures at the same scale) fit.
    func titleLayout(_ slide: Slide, body: Rect, scale: Int = 1) -> TitleLayout {
        let compact = SlideText.lines([Span(slide.title, .slideTitle)], width: body.width)
        let content = contentRows(slide, width: body.width, scale: scale)
        let gaps = max(0, slide.blocks.count - 1)
        if slide.titleStyle == .big, let big = BlockFont.wrap(slide.title, width: body.width, scale: scale) {
            let rows = BlockFont.height(ofLines: big, scale: scale)
            if rows + 1 + content + gaps <= body.height {
                return TitleLayout(big: big, compact: compact, rows: rows, gap: 1)
            }
        }
        let fitsWithGaps = compact.count + 1 + content + gaps <= body.height
        return TitleLayout(big: nil, compact: compact, rows: compact.count, gap: fitsWithGaps ? 1 : 0)
    }

    /// Rows of all blocks without the gaps between them.
    func contentRows(_ slide: Slide, width: Int, scale: Int) -> Int {
        slide.blocks.reduce(0) { $0 + $1.height(width: width, unicode: unicode, scale: scale) }
    }

    private func drawTitle(
        _ slide: Slide, _ layout: TitleLayout, scale: Int, into canvas: inout SlideCanvas, rect: Rect
    ) {
        if let big = layout.big {
            BlockFont.draw(
                big, into: &canvas.buffer, x: rect.x, y: rect.y, style: theme[.slideTitle], unicode: unicode,
                clip: rect, scale: scale)
            return
        }
        if layout.compact.count > 2 { canvas.report(DutchPresentation.titleTooLong(slide.title)) }
        for (offset, line) in layout.compact.prefix(rect.height).enumerated() {
            canvas.buffer.draw(line, x: rect.x, y: rect.y + offset, clip: rect, theme: theme)
        }
    }

    /// Blocks top to bottom; the first block that can grow (the map, a trend chart) takes the rows left over.
    private func drawBlocks(_ blocks: [SlideBlock], into canvas: inout SlideCanvas, rect: Rect, gap: Int) {
        let heights = blocks.map { $0.height(width: rect.width, unicode: unicode, scale: canvas.scale) }
        let needed = heights.reduce(0, +) + gap * max(0, blocks.count - 1)
        if needed > rect.height {
            canvas.report(DutchPresentation.tooTall(needed: needed, available: rect.height))
            return drawFitting(blocks, heights, into: &canvas, rect: rect, gap: gap)
        }
        var spare = max(0, rect.height - needed)
        var y = rect.y
        for (block, height) in zip(blocks, heights) {
            let extra = min(spare, block.growth)
            spare -= extra
            let grown = height + extra
            let area = Rect(x: rect.x, y: y, width: rect.width, height: max(0, min(grown, rect.maxY - y)))
            if !area.isEmpty { block.draw(into: &canvas, rect: area) }
            y += grown + gap
        }
    }
    /// Blocks top to bottom above one reserved row, which says what is left out ("+2 meer …")
    /// or cut: a slide never drops content without saying so. A block that can grow (map,
    /// trend) may also shrink, so drawing it in fewer rows loses nothing.
    private func drawFitting(
        _ blocks: [SlideBlock], _ heights: [Int], into canvas: inout SlideCanvas, rect: Rect, gap: Int
    ) {
        let limit = rect.maxY - 1
        var y = rect.y
        var left = 0
        var cut = false
        for (block, height) in zip(blocks, heights) {
            guard y < limit else { left += 1; continue }
            let rows = min(height, limit - y)
            block.draw(into: &canvas, rect: Rect(x: rect.x, y: y, width: rect.width, height: rows))
            cut = cut || (rows < height && block.growth == 0)
            y += height + gap
        }
        guard left > 0 || cut, rect.height > 0 else { return }
        let note = left > 0 ? DutchPresentation.moreBlocks(left) : DutchPresentation.blockCut
        canvas.buffer.write(
            DisplayWidth.truncate(note, to: rect.width), x: rect.x, y: limit, style: theme[.textDim], clip: rect)
    }

    /// "Bronnen: CBS 2026; Gemeente.nu 2022" wrapped to the width.
    func sourceLines(_ slide: Slide, width: Int) -> [[Span]] {
        guard !slide.sources.isEmpty else { return [] }
        return SlideText.lines(
            [Span(DutchPresentation.sourcesLead, .textDim), Span(slide.sourceText, .footerText)],
            width: width)
    }
}

extension SlideBlock {
    /// How many rows beyond its height the block can use: all for the map, a bounded plot for a trend.
    var growth: Int {
        switch self {
        case .map: return Int.max
        case .trend: return SlideBlock.trendPlotRows.maximum - SlideBlock.trendPlotRows.minimum
        default: return 0
        }
    }
}
