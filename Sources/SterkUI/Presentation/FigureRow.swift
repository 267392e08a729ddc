/// Big figures side by side, each centred over its caption; stacked when there is no room.
struct FigureRow {
    let figures: [BigFigure]
    /// The largest block-font scale to try; a figure too wide for it takes a smaller one.
    var scale = 1
    static let gap = 2

    /// The width of each figure's column, or nil when they must be stacked.
    func columnWidth(width: Int) -> Int? {
        guard !figures.isEmpty else { return nil }
        let each = (width - FigureRow.gap * (figures.count - 1)) / figures.count
        let widest = figures.map { BlockFont.width(of: $0.value) ?? DisplayWidth.of($0.value) }.max() ?? 0
        return each >= max(widest, 16) ? each : nil
    }

    func height(width: Int) -> Int {
        if let each = columnWidth(width: width) {
            return figures.map { figureHeight($0, width: each) }.max() ?? 0
        }
        return figures.reduce(0) { $0 + figureHeight($1, width: width) } + max(0, figures.count - 1)
    }

    /// The value in the block font (or one plain line) and the wrapped caption.
    func figureHeight(_ figure: BigFigure, width: Int) -> Int {
        valueHeight(figure, width: width) + SlideText.height(figure.caption, width: width, maxLines: nil)
    }

    func valueHeight(_ figure: BigFigure, width: Int) -> Int {
        guard let scale = valueScale(figure, width: width) else { return 1 }
        return BlockFont.height(of: figure.value, scale: scale)
    }

    /// The largest scale up to `scale` at which the value fits `width` in the block font; nil: plain text.
    func valueScale(_ figure: BigFigure, width: Int) -> Int? {
        stride(from: max(1, scale), through: 1, by: -1).first { scale in
            BlockFont.width(of: figure.value, scale: scale).map { $0 <= width } ?? false
        }
    }

    func draw(into canvas: inout SlideCanvas, rect: Rect) {
        let each = columnWidth(width: rect.width)
        var x = rect.x, y = rect.y
        for figure in figures {
            let width = each ?? rect.width
            let height = figureHeight(figure, width: width)
            drawFigure(
                figure, into: &canvas, rect: Rect(x: x, y: y, width: width, height: min(height, rect.maxY - y)),
                centered: each != nil)
            if let each { x += each + FigureRow.gap } else { y += height + 1 }
        }
    }

    private func drawFigure(_ figure: BigFigure, into canvas: inout SlideCanvas, rect: Rect, centered: Bool) {
        let valueRows = valueHeight(figure, width: rect.width)
        let style = canvas.theme[figure.role]
        if let scale = valueScale(figure, width: rect.width),
            let blockWidth = BlockFont.width(of: figure.value, scale: scale)
        {
            let x = centered ? rect.x + (rect.width - blockWidth) / 2 : rect.x
            BlockFont.draw(
                [figure.value], into: &canvas.buffer, x: x, y: rect.y, style: style, unicode: canvas.unicode,
                clip: rect, scale: scale)
        } else {
            canvas.line(
                figure.value, rect: Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: figure.role,
                what: DutchPresentation.whatFigure)
        }
        let captionArea = Rect(x: rect.x, y: rect.y + valueRows, width: rect.width, height: rect.height - valueRows)
        canvas.text(figure.caption, rect: captionArea, centered: centered)
    }
}
