import SterkModel

/// One slide per pilot wijk: the CBS area's figures beside its municipality and the
/// Netherlands, and its Leefbaarometer trend with the national line and the sourced start.
extension DeckBuilder {
    func pilotSlides() -> [Slide] {
        dataset.wijken.filter { $0.kind == .pilot }.map(pilotSlide)
    }

    func pilotSlide(_ wijk: Wijk) -> Slide {
        let town = dataset.municipality(wijk.municipalityCode)?.name ?? Dutch.unknown
        var blocks: [SlideBlock] = [.text(programmeSpans(wijk), maxLines: 2)]
        var sources = wijk.programme?.sources ?? []
        if let comparison = dataset.comparison(pilotID: wijk.id) {
            let grid = ComparisonGrid(
                comparison, kinds: [.pilotArea, .municipality, .netherlands],
                keys: ComparisonGrid.slideKeys)
            if let label = wijk.cbsLabel {
                blocks.append(.text([Span(DutchComparison.slideFiguresOf(label), .textDim)], maxLines: 2))
            }
            blocks.append(.table(grid.table()))
            if let chart = ComparisonTrend.chart(comparison) { blocks.append(.trend(chart)) }
            blocks.append(.text(ComparisonTrend.startSpans(comparison), maxLines: 2))
            blocks.append(.text([Span(PilotComparison.trendCaution, .certaintyInference)], maxLines: 2))
            sources += grid.sources + (comparison.start?.sources ?? [])
        } else {
            blocks.append(.text([Span(Dutch.nothingRecorded, .gap)], maxLines: 1))
        }
        return slide(
            "pilot-" + wijk.id,
            kicker: DutchPresentation.kickerPilot(town, dataset.provinceName(ofMunicipality: wijk.municipalityCode)),
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
}
