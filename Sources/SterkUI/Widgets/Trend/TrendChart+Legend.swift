/// The legend under a trend chart, and the compact form for small sizes.
extension TrendChart {
    /// Legend items ("● Zeist-Noord", "┄ landelijk referentieniveau 4,10", "┊ start 2020") wrapped
    /// to the width, two spaces apart; an item is never split over lines.
    func legendLines(width: Int, unicode: Bool) -> [[Span]] {
        let lines = Lines(unicode: unicode)
        var items = series.reversed().map {
            [
                Span(String($0.glyph.character(unicode: unicode)) + " ", $0.role),
                Span($0.label, .chartLabel),
            ]
        }
        if let reference {
            items.append([Span(String(lines.reference) + " ", .chartReference), Span(reference.label, .chartLabel)])
        }
        if let mark { items.append([Span(String(lines.mark) + " ", .m50Marker), Span(mark.label, .chartLabel)]) }
        var result: [[Span]] = []
        var current: [Span] = []
        var used = 0
        for item in items {
            let itemWidth = DisplayWidth.of(item.map(\.text).joined())
            if !current.isEmpty, used + 2 + itemWidth > width {
                result.append(current)
                current = []
                used = 0
            }
            if !current.isEmpty { current.append(Span("  ", .text)); used += 2 }
            current += item
            used += itemWidth
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// One line per series ("● Zeist-Noord: 3,88 (2002) → 4,08 (2024)"), then the reference and
    /// the marked year, as many as fit; false when lines were cut or left out.
    func drawCompact(into buffer: inout ScreenBuffer, rect: Rect, theme: ResolvedTheme, unicode: Bool) -> Bool {
        let lines = Lines(unicode: unicode)
        var rows: [[Span]] = series.reversed().map { item in
            var spans = [
                Span(String(item.glyph.character(unicode: unicode)) + " ", item.role),
                Span(item.label + ": ", .chartLabel),
            ]
            let measured = item.measured
            if let first = measured.first, let last = measured.last {
                spans.append(Span(TrendScale.label(first.value, decimals: decimals) + " (\(first.year))", .text))
                if last.year != first.year {
                    spans.append(
                        Span(lines.arrow + TrendScale.label(last.value, decimals: decimals) + " (\(last.year))", .text))
                }
            } else {
                spans.append(Span(Dutch.unknown, .gap))
            }
            return spans
        }
        if let reference {
            rows.append([Span(String(lines.reference) + " ", .chartReference), Span(reference.label, .chartLabel)])
        }
        if let mark { rows.append([Span(String(lines.mark) + " ", .m50Marker), Span(mark.label, .chartLabel)]) }
        for (offset, row) in rows.prefix(rect.height).enumerated() {
            buffer.draw(row, x: rect.x, y: rect.y + offset, clip: rect, theme: theme)
        }
        return rows.count <= rect.height && rows.allSatisfy { DisplayWidth.of($0.map(\.text).joined()) <= rect.width }
    }
}
