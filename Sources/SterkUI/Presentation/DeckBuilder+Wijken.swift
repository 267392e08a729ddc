import SterkModel

/// The map, one slide per pilot wijk, and the comparison areas.
extension DeckBuilder {
    /// How many money lines, figures and goals a wijk slide shows (the dashboard has them all).
    static let wijkItems = (money: 3, figures: 3, goals: 3)

    func mapSlide() -> Slide {
        slide("kaart", kicker: DutchPresentation.kickerMap, title: DutchPresentation.titleMap, style: .compact, [.map],
              sources: dataset.m50.memberList.sources + (dataset.focusAreas.first?.inhabitants.sources ?? []))
    }

    func pilotSlides() -> [Slide] {
        dataset.wijken.filter { $0.kind == .pilot }.map(pilotSlide)
    }

    func pilotSlide(_ wijk: Wijk) -> Slide {
        let town = dataset.municipality(wijk.municipalityCode)?.name ?? Dutch.unknown
        var left: [SlideBlock] = [.heading(DutchPresentation.moneyHeading)]
        left += itemLines(wijk.money, limit: DeckBuilder.wijkItems.money)
        left += [.heading(DutchPresentation.figuresHeading)] + itemLines(wijk.figures, limit: DeckBuilder.wijkItems.figures)
        var right: [SlideBlock] = [.heading(DutchPresentation.goalsHeading)]
        right += wijk.goals.prefix(DeckBuilder.wijkItems.goals).map { .text(statementSpans($0), maxLines: 2) }
        if wijk.goals.isEmpty { right.append(.text([Span(Dutch.nothingRecorded, .gap)], maxLines: 1)) }
        var blocks: [SlideBlock] = [.text(programmeSpans(wijk), maxLines: 2), .columns([left, right])]
        if let spark = timelineSparkline(wijk) { blocks.append(spark) }
        let used = wijk.money.prefix(DeckBuilder.wijkItems.money) + wijk.figures.prefix(DeckBuilder.wijkItems.figures)
        let sources = (wijk.programme?.sources ?? []) + used.flatMap(\.sources)
            + wijk.goals.prefix(DeckBuilder.wijkItems.goals).flatMap(\.sources)
        return slide("pilot-" + wijk.id, kicker: DutchPresentation.kickerPilot(town, dataset.provinceName(ofMunicipality: wijk.municipalityCode)),
                     title: wijk.name, blocks, sources: sources)
    }

    /// "Programma: Vollenhove Vooruit, tot 2035 (tag)", or the gap said plainly.
    func programmeSpans(_ wijk: Wijk) -> [Span] {
        guard let programme = wijk.programme else {
            return [Span(Dutch.programmeLine, .textDim), Span(Dutch.noProgramme, .gap)]
        }
        var spans = [Span(Dutch.programmeLine, .textDim), Span(programme.name, .heading)]
        if let period = programme.period { spans.append(Span(", " + period, .text)) }
        if let tag = FigureFormat.tag(programme.certainty) { spans.append(tag) }
        return spans
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
        if figures.count > limit { lines.append(.text([Span(DutchPresentation.more(figures.count - limit), .textDim)], maxLines: 1)) }
        return lines
    }

    /// Dated timeline entries per year, when they span at least three years: a real series.
    func timelineSparkline(_ wijk: Wijk) -> SlideBlock? {
        let years = wijk.timeline.compactMap { $0.date?.year }
        guard let first = years.min(), let last = years.max(), last - first >= 2 else { return nil }
        let counts = (first...last).map { year in Double(years.filter { $0 == year }.count) }
        return .sparkline(label: DutchPresentation.timelineLabel(first, last), values: counts,
                          caption: DutchPresentation.timelineCaption(years.count))
    }

    func comparisonSlide() -> Slide {
        let areas = dataset.wijken.filter { $0.kind == .comparison }
        let columns = areas.map(comparisonColumn)
        var blocks: [SlideBlock] = []
        let said = dataset.paper.statements.first { SearchFold.fold($0.text).contains("vergelijkt") }
        if let said { blocks.append(.text(statementSpans(said), maxLines: 2)) }
        blocks.append(.columns(columns))
        let sources = (said?.sources ?? []) + areas.flatMap { area in
            (area.programme?.sources ?? []) + area.figures.prefix(2).flatMap(\.sources) + area.money.prefix(2).flatMap(\.sources)
        }
        return slide("vergelijking", kicker: DutchPresentation.kickerComparison, title: DutchPresentation.titleComparison,
                     blocks, sources: sources)
    }

    private func comparisonColumn(_ area: Wijk) -> [SlideBlock] {
        let town = dataset.municipality(area.municipalityCode)?.name ?? Dutch.unknown
        var blocks: [SlideBlock] = [.heading(area.name), .text([Span(town, .textDim)], maxLines: 1)]
        if let programme = area.programme {
            var spans = [Span(programme.name, .text)]
            if let period = programme.period { spans.append(Span(", " + period, .textDim)) }
            blocks.append(.text(spans, maxLines: 2))
        }
        blocks.append(.text([Span(area.focusAreaID == nil ? DutchPresentation.notFocusArea : DutchPresentation.isFocusArea,
                                  area.focusAreaID == nil ? .gap : .m50Marker)], maxLines: 1))
        blocks += itemLines(Array(area.figures.prefix(2)), limit: 2)
        blocks += itemLines(Array(area.money.prefix(2)), limit: 2)
        return blocks
    }
}
