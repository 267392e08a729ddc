import SterkModel

/// One area of a comparison as a document: every indicator with its source and date, then
/// the Leefbaarometer per year (score, deviation and, from 2014, the five dimensions).
struct ComparisonDetail {
    let comparison: PilotComparison
    let area: ComparisonGrid.Area
    let dataset: Dataset

    /// Every source the area's figures cite (what `b` jumps to from the table).
    static func sources(_ area: ComparisonGrid.Area) -> [String] {
        var seen = Set<String>()
        return (area.figures.flatMap(\.sources) + (area.column.leefbaarometer?.sources ?? [])).filter {
            seen.insert($0).inserted
        }
    }

    var document: Document {
        var paragraphs: [Paragraph] = [
            .heading(area.name), Paragraph(.text, [Span(area.column.description, .textDim)]),
        ]
        paragraphs += [.blank, .heading(DutchComparison.figuresHeading)]
        let index = comparison.columns.firstIndex { $0.kind == area.column.kind && $0.code == area.column.code }
        let figures = comparison.rows.compactMap { row in
            index.flatMap { row.values.indices.contains($0) ? row.values[$0] : nil }
        }
        paragraphs += figures.filter { !$0.isGap }.map(figureLine)
        paragraphs += gapLines(figures.filter(\.isGap))
        paragraphs += trend()
        paragraphs += [.blank, Paragraph(.text, [Span(PilotComparison.trendCaution, .certaintyInference)])]
        return Document(paragraphs)
    }

    /// "Inwoners: 12.345 – stand 1-1-2024", Enter opens the figure, `b` its source.
    func figureLine(_ figure: Figure) -> Paragraph {
        var spans = [Span(figure.label + ": ", .textDim)] + FigureFormat.valueSpans(figure)
        if figure.isGap, let note = figure.note { spans.append(Span(" (\(note))", .textDim)) }
        return Paragraph(.text, spans, indent: 2, target: .figure(figure), sources: figure.sources)
    }

    /// Gaps with the same reason and date as one line: "onbekend: Huishoudens, WOZ-waarde, … (Niet in …)".
    func gapLines(_ gaps: [Figure]) -> [Paragraph] {
        var order: [String] = []
        var groups: [String: [Figure]] = [:]
        for gap in gaps {
            let key = (gap.note ?? "") + "|" + (gap.asOf?.dutch ?? "")
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(gap)
        }
        return order.compactMap { key in
            guard let group = groups[key], let first = group.first else { return nil }
            var spans = [Span(Dutch.unknown, .gap), Span(": " + group.map(\.label).joined(separator: ", "), .textDim)]
            if let note = first.note { spans.append(Span(" (\(note))", .textDim)) }
            return Paragraph(.text, spans, indent: 2, target: group.count == 1 ? .figure(first) : nil)
        }
    }

    /// One line per measured year, and the dimensions under it where the year has them.
    func trend() -> [Paragraph] {
        guard let series = area.column.leefbaarometer else {
            return [
                .blank, .heading(DutchComparison.trendTitleNoYears),
                Paragraph(.text, [Span(DutchComparison.noTrend, .gap)]),
            ]
        }
        var paragraphs: [Paragraph] = [.blank, .heading(ComparisonTrend.title(comparison))]
        if let reference = comparison.leefbaarometerReference {
            paragraphs.append(
                Paragraph(
                    .text, [Span(DutchComparison.deviationNote(DutchNumber.fixed(reference, decimals: 3)), .textDim)],
                    sources: series.sources))
        }
        for point in series.points.reversed() {
            paragraphs.append(
                Paragraph(
                    .text,
                    [
                        Span("\(point.year)  ", .heading),
                        Span(
                            DutchComparison.scoreLine(
                                DutchNumber.fixed(point.score, decimals: 3),
                                DutchNumber.fixed(point.deviation, decimals: 3))),
                    ],
                    indent: 2, sources: series.sources))
            if let dimensions = point.dimensions {
                let text = dimensions.named.map { "\($0.name) \(DutchNumber.fixed($0.value, decimals: 3))" }.joined(
                    separator: " · ")
                paragraphs.append(Paragraph(.text, [Span(text, .textDim)], indent: 8, sources: series.sources))
            }
        }
        return paragraphs
    }
}
