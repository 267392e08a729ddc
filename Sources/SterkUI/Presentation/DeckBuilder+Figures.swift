import SterkModel

/// The figure slides: inhabitants per focus area and low welfare.
extension DeckBuilder {
    func focusAreaSlide() -> Slide {
        let items = dataset.focusAreas.map { area in
            let member = dataset.isM50Member(area.municipalityCode)
            var item = BarItem(figure: area.inhabitants, label: member ? area.name + " ●" : area.name)
            if member { item.labelRole = .m50Marker }
            return item
        }
        let sum = FigureFormat.grouped(headline.focusAreaInhabitants)
        let blocks: [SlideBlock] = [
            .chart(title: nil, HorizontalBarChart(items: items)),
            .text(
                [
                    Span(DutchPresentation.inhabitantsSum(sum), .textDim), Span(" ● ", .m50Marker),
                    Span(DutchPresentation.memberMarkLegend(headline.memberListDate.dutch), .textDim),
                ], maxLines: nil),
        ]
        return slide(
            "focusgebieden", kicker: DutchPresentation.kickerFocusAreas(headline.focusAreaCount),
            title: DutchPresentation.titleInhabitants, style: .compact, blocks,
            sources: dataset.focusAreas.flatMap(\.inhabitants.sources) + dataset.m50.memberList.sources)
    }

    func welfareSlide() -> Slide {
        let known = dataset.focusAreas.filter { $0.lowWelfareShare.value != nil }
            .sorted { ($0.lowWelfareShare.value ?? 0) > ($1.lowWelfareShare.value ?? 0) }
        let figures = dataset.nplv.figures.filter(DutchDatasetPhrases.isLowWelfareShare)
        let national = figures.first { SearchFold.fold($0.label).hasSuffix(DutchDatasetPhrases.nationalSuffix) }
        let average = figures.first { $0 != national }
        var items = known.map { BarItem(figure: $0.lowWelfareShare, label: $0.name) }
        if let average { items.append(BarItem(figure: average, label: DutchPresentation.averageLabel)) }
        let reference = national.flatMap { figure in
            figure.value.map {
                BarReference(value: $0, label: DutchPresentation.nationalLabel(FigureFormat.value(figure)))
            }
        }
        let unknown = dataset.focusAreas.count - known.count
        var blocks: [SlideBlock] = [.chart(title: nil, HorizontalBarChart(items: items, reference: reference))]
        if unknown > 0 {
            blocks.append(
                .text(
                    [Span(DutchPresentation.welfareUnknown(unknown, of: dataset.focusAreas.count), .gap)],
                    maxLines: nil))
        }
        let sources = known.flatMap(\.lowWelfareShare.sources) + figures.flatMap(\.sources)
        return slide(
            "welvaart", kicker: DutchPresentation.kickerWelfare, title: DutchPresentation.titleWelfare, blocks,
            sources: sources)
    }
}
