/// The legend under a trend chart, and the compact form for small sizes.
extension TrendChart {
    /// Legend items ("● Zeist-Noord", "┄ landelijk referentieniveau 4,10", "┊ start 2020") wrapped
    /// to the width, two spaces apart; an item is never split over lines.
    func legendLines(width: Int, unicode: Bool) -> [[StyledSpan<Role>]] {
        let lines = Lines(unicode: unicode)
        var items = series.reversed().map {
            [
                StyledSpan(String($0.glyph.character(unicode: unicode)) + " ", $0.role),
                StyledSpan($0.label, .chartLabel),
            ]
        }
        if let reference {
            items.append([
                StyledSpan(String(lines.reference) + " ", .chartReference), StyledSpan(reference.label, .chartLabel),
            ])
        }
        if let mark {
            items.append([StyledSpan(String(lines.mark) + " ", .chartMark), StyledSpan(mark.label, .chartLabel)])
        }
        var result: [[StyledSpan<Role>]] = []
        var current: [StyledSpan<Role>] = []
        var used = 0
        for item in items {
            let itemWidth = DisplayWidth.of(StyledSpan.text(of: item))
            if !current.isEmpty, used + 2 + itemWidth > width {
                result.append(current)
                current = []
                used = 0
            }
            if !current.isEmpty { current.append(StyledSpan("  ", .ground)); used += 2 }
            current += item
            used += itemWidth
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// One line per series ("● Zeist-Noord: 3,88 (2002) → 4,08 (2024)"), then the reference and
    /// the marked year, as many as fit; false when lines were cut or left out.
    func drawCompact(into buffer: inout ScreenBuffer, rect: Rect, theme: ResolvedRoles<Role>, unicode: Bool) -> Bool {
        let lines = Lines(unicode: unicode)
        var rows: [[StyledSpan<Role>]] = series.reversed().map { item in
            var spans = [
                StyledSpan(String(item.glyph.character(unicode: unicode)) + " ", item.role),
                StyledSpan(item.label + ": ", .chartLabel),
            ]
            let measured = item.measured
            if let first = measured.first, let last = measured.last {
                spans.append(
                    StyledSpan(
                        TrendScale.label(first.value, decimals: decimals, mark: decimalMark) + " (\(first.year))",
                        .ground))
                if last.year != first.year {
                    spans.append(
                        StyledSpan(
                            lines.arrow + TrendScale.label(last.value, decimals: decimals, mark: decimalMark)
                                + " (\(last.year))", .ground))
                }
            } else {
                spans.append(StyledSpan(unknownText, .gap))
            }
            return spans
        }
        if let reference {
            rows.append([
                StyledSpan(String(lines.reference) + " ", .chartReference), StyledSpan(reference.label, .chartLabel),
            ])
        }
        if let mark {
            rows.append([StyledSpan(String(lines.mark) + " ", .chartMark), StyledSpan(mark.label, .chartLabel)])
        }
        for (offset, row) in rows.prefix(rect.height).enumerated() {
            buffer.draw(row, x: rect.x, y: rect.y + offset, clip: rect, theme: theme)
        }
        return rows.count <= rect.height && rows.allSatisfy { DisplayWidth.of(StyledSpan.text(of: $0)) <= rect.width }
    }
}
