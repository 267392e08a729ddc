import SterkModel

/// Draws the Vergelijk panel's body: which pilot, the comparison table with a selected row,
/// the Leefbaarometer trend (the pilot's wijk and the selected area), the start line, the
/// caution that a trend is no proof, and the sources.
struct VergelijkView {
    let comparison: PilotComparison
    let grid: ComparisonGrid
    /// The selected area (row of the table).
    let selected: Int
    /// "1/3": which pilot of how many.
    let pilotPosition: (index: Int, count: Int)
    let dataset: Dataset
    let theme: ResolvedTheme
    let glyphs: Glyphs

    /// Draws into `area` (inside the panel frame); returns the cursor's place (the selected row).
    func draw(into buffer: inout ScreenBuffer, area: Rect) -> (x: Int, y: Int)? {
        guard area.width > 0, area.height > 0 else { return nil }
        var rest = area
        let header = headerSpans()
        let headerLines = SlideText.lines(header, width: area.width, maxLines: 2)
        for (offset, line) in headerLines.enumerated() where offset < rest.height {
            buffer.draw(line, x: area.x, y: area.y + offset, clip: area, theme: theme)
        }
        rest = rest.splitTop(headerLines.count + (area.height >= 22 ? 1 : 0)).rest
        let cursor = drawTable(into: &buffer, rect: rest)
        rest = rest.splitTop(grid.areas.count + 2).rest
        drawTrend(into: &buffer, rect: rest)
        return cursor
    }

    /// The table's first row and how many rows it has, inside `area`.
    func tableTop(area: Rect) -> Int {
        let headerLines = SlideText.lines(headerSpans(), width: area.width, maxLines: 2).count
        return area.y + headerLines + (area.height >= 22 ? 1 : 0) + 1
    }

    /// The area row drawn at screen row `y`, if any.
    func row(atY y: Int, area: Rect) -> Int? {
        let row = y - tableTop(area: area)
        return grid.areas.indices.contains(row) ? row : nil
    }

    func headerSpans() -> [Span] {
        let town = dataset.municipality(comparison.pilot.municipalityCode)?.name ?? Dutch.unknown
        var spans = [Span(comparison.pilot.name, .heading), Span(" (\(town))", .text)]
        if let label = comparison.pilot.cbsLabel { spans.append(Span(DutchComparison.figuresOf(label), .textDim)) }
        return spans
    }

    /// The panel frame's title: "Vergelijk · pilot 1/3 ([/] andere pilot)", keys from the keymap.
    func frameTitle(_ panelTitle: String) -> String {
        let keys = [CommandID.previousPilot, .nextPilot].compactMap { Keymap.info($0)?.keys.first }
            .map { KeyName.label($0, unicode: glyphs.unicode) }.joined(separator: "/")
        return panelTitle + glyphs.separator
            + DutchComparison.pilotPosition(pilotPosition.index + 1, pilotPosition.count, keys: keys)
    }

    /// The table with a two-cell gutter for the selection marker; the selected row in the selection look.
    private func drawTable(into buffer: inout ScreenBuffer, rect: Rect) -> (x: Int, y: Int)? {
        let table = grid.table()
        let inner = Rect(x: rect.x + 2, y: rect.y, width: rect.width - 2, height: min(rect.height, table.height))
        table.draw(into: &buffer, rect: inner, theme: theme)
        let y = rect.y + 1 + selected
        guard grid.areas.indices.contains(selected), y < inner.maxY else { return nil }
        buffer.write(glyphs.selection, x: rect.x, y: y, style: theme[.text], clip: rect)
        buffer.select(Rect(x: inner.x, y: y, width: inner.width, height: 1), selection: theme[.selection])
        return (rect.x, y)
    }

    /// Title, chart, start line, caution and sources, bottom lines first so they always show.
    private func drawTrend(into buffer: inout ScreenBuffer, rect: Rect) {
        guard rect.height > 0 else { return }
        let caution = SlideText.lines(
            [Span(PilotComparison.trendCaution, .certaintyInference)], width: rect.width, maxLines: 2)
        let sources = SlideText.lines(
            [
                Span(DutchPresentation.sourcesLead, .textDim),
                Span(
                    grid.sources.map { SourceLabel.short($0, in: dataset) }.joined(separator: "; "),
                    .footerText),
            ], width: rect.width, maxLines: 1)
        let start = SlideText.lines(ComparisonTrend.startSpans(comparison), width: rect.width, maxLines: 2)
        let bottom = caution + start + sources
        var y = rect.maxY - min(bottom.count, rect.height)
        for line in bottom where y < rect.maxY {
            buffer.draw(line, x: rect.x, y: y, clip: rect, theme: theme)
            y += 1
        }
        let chartArea = Rect(x: rect.x, y: rect.y, width: rect.width, height: rect.height - bottom.count)
        guard chartArea.height >= 2 else { return }
        let other = grid.areas.indices.contains(selected) ? grid.areas[selected].column : nil
        buffer.write(
            ComparisonTrend.title(comparison), x: chartArea.x, y: chartArea.y, style: theme[.heading], clip: chartArea)
        let plot = chartArea.splitTop(1).rest
        guard let chart = ComparisonTrend.chart(comparison, other: other) else {
            buffer.write(DutchComparison.noTrend, x: plot.x, y: plot.y, style: theme[.gap], clip: plot)
            return
        }
        chart.draw(into: &buffer, rect: plot, theme: theme, unicode: glyphs.unicode)
    }
}
