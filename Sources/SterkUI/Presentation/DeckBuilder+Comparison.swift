import SterkModel

/// The comparison slides: the pilots' CBS areas beside the big-city areas on the same
/// figures, then how those areas are approached.
extension DeckBuilder {
    func comparisonSlide() -> Slide {
        var blocks: [SlideBlock] = []
        let said = comparisonStatement
        if let said { blocks.append(.text(statementSpans(said), maxLines: 2)) }
        let grid = ComparisonGrid.allPilots(dataset)
        if let grid { blocks.append(.table(grid.table())) }
        if let reference = dataset.leefbaarometer.nationalReference {
            blocks.append(
                .text(
                    [Span(DutchComparison.deviationNote(DutchNumber.fixed(reference, decimals: 3)), .textDim)],
                    maxLines: 2))
        }
        return slide(
            "vergelijking", kicker: DutchPresentation.kickerComparison, title: DutchPresentation.titleComparison,
            blocks, sources: (said?.sources ?? []) + (grid?.sources ?? []))
    }

    /// The paper's sentence that names the comparison areas.
    var comparisonStatement: Statement? {
        dataset.paper.statements.first { SearchFold.fold($0.text).contains(DutchDatasetPhrases.compare) }
    }

    func approachSlide() -> Slide {
        let areas = dataset.wijken.filter { $0.kind == .comparison }
        let sources = areas.flatMap { area in
            (area.programme?.sources ?? []) + area.figures.prefix(2).flatMap(\.sources)
                + area.money.prefix(2).flatMap(\.sources)
        }
        return slide(
            "vergelijking-aanpak", kicker: DutchPresentation.kickerComparison, title: DutchComparison.titleApproach,
            style: .compact, [.columns(areas.map(comparisonColumn))], sources: sources)
    }

    private func comparisonColumn(_ area: Wijk) -> [SlideBlock] {
        let town = dataset.municipality(area.municipalityCode)?.name ?? Dutch.unknown
        var blocks: [SlideBlock] = [.heading(area.name), .text([Span(town, .textDim)], maxLines: 1)]
        if let programme = area.programme {
            var spans = [Span(programme.name, .text)]
            if let period = programme.period { spans.append(Span(", " + period, .textDim)) }
            blocks.append(.text(spans, maxLines: 2))
        }
        blocks.append(
            .text(
                [
                    Span(
                        area.focusAreaID == nil ? DutchPresentation.notFocusArea : DutchPresentation.isFocusArea,
                        area.focusAreaID == nil ? .gap : .m50Marker)
                ], maxLines: 1))
        blocks += itemLines(Array(area.figures.prefix(2)), limit: 2)
        blocks += itemLines(Array(area.money.prefix(2)), limit: 2)
        return blocks
    }

    /// "value (tag)  label" per figure, at most two lines: the value always shows whole,
    /// only the label may be shortened. "+ n meer" when figures are left out.
    func itemLines(_ figures: [Figure], limit: Int) -> [SlideBlock] {
        if figures.isEmpty { return [.text([Span(Dutch.nothingRecorded, .gap)], maxLines: 1)] }
        var lines: [SlideBlock] = figures.prefix(limit).map { figure in
            var spans = [Span(FigureFormat.value(figure), figure.isGap ? .gap : .heading)]
            if let tag = FigureFormat.tag(figure.certainty) { spans.append(tag) }
            spans.append(Span("  " + figure.label, .textDim))
            return .text(spans, maxLines: 2)
        }
        if figures.count > limit {
            lines.append(.text([Span(DutchPresentation.more(figures.count - limit), .textDim)], maxLines: 1))
        }
        return lines
    }
}
