/// Every text of a slide passed through one function (used by `--verberg-contact`).
extension Slide {
    /// The slide with `transform` applied to kicker, title and every block's text.
    func mapText(_ transform: (String) -> String) -> Slide {
        var copy = self
        copy.kicker = transform(kicker)
        copy.title = transform(title)
        copy.blocks = blocks.map { $0.mapText(transform) }
        return copy
    }
}

extension SlideBlock {
    func mapText(_ transform: (String) -> String) -> SlideBlock {
        switch self {
        case let .text(spans, maxLines): return .text(spans.map { $0.mapText(transform) }, maxLines: maxLines)
        case let .heading(text): return .heading(transform(text))
        case let .figures(figures):
            return .figures(
                figures.map {
                    BigFigure(
                        value: transform($0.value), caption: $0.caption.map { $0.mapText(transform) },
                        role: $0.role)
                })
        case let .chart(title, chart):
            var copy = chart
            copy.items = chart.items.map { item in
                var changed = item
                changed.label = transform(item.label)
                changed.valueText = transform(item.valueText)
                return changed
            }
            copy.reference = chart.reference.map { BarReference(value: $0.value, label: transform($0.label)) }
            return .chart(title: title.map(transform), copy)
        case .map: return .map
        case let .table(table):
            var copy = table
            copy.columns = table.columns.map { column in
                var changed = column
                changed.title = transform(column.title)
                return changed
            }
            copy.rows = table.rows.map { $0.map { $0.mapText(transform) } }
            return .table(copy)
        case let .trend(chart):
            var copy = chart
            copy.series = chart.series.map { series in
                var changed = series
                changed.label = transform(series.label)
                return changed
            }
            copy.reference = chart.reference.map { TrendReference(value: $0.value, label: transform($0.label)) }
            copy.mark = chart.mark.map { TrendMark(year: $0.year, label: transform($0.label)) }
            return .trend(copy)
        case let .columns(columns): return .columns(columns.map { $0.map { $0.mapText(transform) } })
        }
    }
}

extension Span {
    func mapText(_ transform: (String) -> String) -> Span { Span(transform(text), role) }
}
