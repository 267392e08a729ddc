/// How tall each block is at a width, and how it draws itself.
extension SlideBlock {
    /// Columns side by side need at least this many cells each.
    static let minimumColumnWidth = 30
    static let columnGap = 3
    /// A trend chart's plot on a slide: at least this many rows, and it grows to at most `maximum`.
    static let trendPlotRows = (minimum: 5, maximum: 14)

    /// Rows the block needs at `width` (the map: its smallest useful height); `scale` is the
    /// block-font scale of big figures.
    func height(width: Int, unicode: Bool, scale: Int = 1) -> Int {
        switch self {
        case let .text(spans, maxLines): return SlideText.height(spans, width: width, maxLines: maxLines)
        case .heading: return 1
        case let .figures(figures): return FigureRow(figures: figures, scale: scale).height(width: width)
        case let .chart(title, chart): return (title == nil ? 0 : 1) + chart.height
        case .map: return MapLayout.minimumHeight
        case let .table(table): return table.height
        case let .trend(chart): return chart.preferredHeight(width: width, plotRows: SlideBlock.trendPlotRows.minimum)
        case let .columns(columns):
            guard let widths = SlideBlock.columnWidths(count: columns.count, width: width) else {
                return columns.reduce(0) {
                    $0 + SlideBlock.stackHeight($1, width: width, unicode: unicode, scale: scale)
                } + max(0, columns.count - 1)
            }
            return zip(columns, widths).map {
                SlideBlock.stackHeight($0, width: $1, unicode: unicode, scale: scale)
            }.max() ?? 0
        }
    }

    /// Blocks one under the other with no gap (inside a column).
    static func stackHeight(_ blocks: [SlideBlock], width: Int, unicode: Bool, scale: Int = 1) -> Int {
        blocks.reduce(0) { $0 + $1.height(width: width, unicode: unicode, scale: scale) }
    }

    /// Equal column widths, or nil when they would be narrower than `minimumColumnWidth`.
    static func columnWidths(count: Int, width: Int) -> [Int]? {
        guard count > 0 else { return nil }
        let each = (width - columnGap * (count - 1)) / count
        return each >= minimumColumnWidth ? Array(repeating: each, count: count) : nil
    }

    /// Draws into `rect`; problems go to the canvas.
    func draw(into canvas: inout SlideCanvas, rect: Rect) {
        switch self {
        case let .text(spans, maxLines): canvas.text(spans, rect: rect, maxLines: maxLines)
        case let .heading(text): canvas.line(text, rect: rect, role: .heading, what: DutchPresentation.whatHeading)
        case let .figures(figures): FigureRow(figures: figures, scale: canvas.scale).draw(into: &canvas, rect: rect)
        case let .chart(title, chart): drawChart(title: title, chart, into: &canvas, rect: rect)
        case .map: drawMap(into: &canvas, rect: rect)
        case let .table(table):
            if !table.draw(into: &canvas.buffer, rect: rect, theme: canvas.theme) {
                canvas.report(DutchPresentation.tableCut)
            }
        case let .trend(chart):
            if !chart.draw(into: &canvas.buffer, rect: rect, theme: canvas.theme, unicode: canvas.unicode) {
                canvas.report(DutchPresentation.chartCut)
            }
        case let .columns(columns): drawColumns(columns, into: &canvas, rect: rect)
        }
    }

    private func drawChart(
        title: String?, _ chart: HorizontalBarChart<ThemeRole>, into canvas: inout SlideCanvas, rect: Rect
    ) {
        var area = rect
        if let title {
            canvas.line(
                title, rect: Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .heading,
                what: DutchPresentation.whatHeading)
            area = rect.splitTop(1).rest
        }
        if !chart.draw(into: &canvas.buffer, rect: area, theme: canvas.theme, unicode: canvas.unicode) {
            canvas.report(DutchPresentation.chartCut)
        }
    }

    private func drawMap(into canvas: inout SlideCanvas, rect: Rect) {
        guard let map = canvas.map else {
            canvas.text([Span(DutchPresentation.noMap, .gap)], rect: rect)
            return
        }
        map.render(into: &canvas.buffer, in: rect)
        canvas.buffer.cursor = nil
    }

    private func drawColumns(_ columns: [[SlideBlock]], into canvas: inout SlideCanvas, rect: Rect) {
        let widths = SlideBlock.columnWidths(count: columns.count, width: rect.width)
        var x = rect.x, y = rect.y
        for (index, column) in columns.enumerated() {
            let width = widths?[index] ?? rect.width
            var row = y
            for block in column {
                let height = block.height(width: width, unicode: canvas.unicode, scale: canvas.scale)
                block.draw(into: &canvas, rect: Rect(x: x, y: row, width: width, height: min(height, rect.maxY - row)))
                row += height
            }
            if widths != nil { x += width + SlideBlock.columnGap } else { y = row + 1 }
        }
    }
}
