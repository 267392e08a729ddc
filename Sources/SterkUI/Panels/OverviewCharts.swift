import SterkModel

/// The Overzicht's charts: NPLV money by moment (never added up) and low welfare against
/// the national average.
struct OverviewCharts {
    let parts: DocumentParts
    var dataset: Dataset { parts.dataset }

    /// Lines announced at the launch, then later amounts, on one scale, with the overlap said in words.
    func budget() -> [Paragraph] {
        let groups = BudgetGroups(lines: dataset.nplv.budgetLines, launched: dataset.nplv.launched)
        var result: [Paragraph] = []
        if !groups.atStart.isEmpty {
            result.append(
                Paragraph(
                    .text, [Span(DutchPresentation.budgetAtStart(dataset.nplv.launched.dutch), .textDim)], indent: 2))
            result += bars(groups.atStart, maximum: groups.maximum)
        }
        if !groups.later.isEmpty {
            result.append(Paragraph(.text, [Span(DutchPresentation.budgetLater, .textDim)], indent: 2))
            result += bars(groups.later, maximum: groups.maximum)
        }
        result.append(Paragraph(.text, [Span(DutchPresentation.budgetOverlap, .certaintyConflict)], indent: 2))
        return result
    }

    /// Known shares per focus area and the programme average; the national figure is the mark.
    func welfare() -> [Paragraph] {
        let figures = dataset.nplv.figures.filter(DutchDatasetPhrases.isLowWelfareShare)
        let national = figures.first { SearchFold.fold($0.label).hasSuffix(DutchDatasetPhrases.nationalSuffix) }
        let ranked = rowsByLowWelfare()
        let areas = ranked.prefix(Self.welfareBars).map { dataset.focusAreas[$0] }
        let shown =
            areas.map { area -> Figure in
                var figure = area.lowWelfareShare
                figure.label = area.name
                return figure
            }
            + figures.filter { $0 != national }.map { figure -> Figure in
                var average = figure
                average.label = DutchPresentation.averageLabel
                return average
            }
        let maximum = (shown + [national].compactMap { $0 }).compactMap(\.value).max() ?? 0
        var result = bars(shown, maximum: maximum, reference: national?.value)
        if let national {
            let mark = BarGlyphs.marker(unicode: parts.unicode)
            result.append(
                Paragraph(
                    .text,
                    [
                        Span("\(mark) ", .chartReference),
                        Span(DutchPresentation.nationalLabel(FigureFormat.value(national)), .textDim),
                    ],
                    indent: 2, target: .figure(national), sources: national.sources))
        }
        if ranked.count > areas.count {
            result.append(
                Paragraph(.text, [Span(DutchPresentation.welfareMore(ranked.count - areas.count), .textDim)], indent: 2)
            )
        }
        let unknown = dataset.focusAreas.count - ranked.count
        if unknown > 0 {
            result.append(
                Paragraph(
                    .text, [Span(DutchPresentation.welfareUnknown(unknown, of: dataset.focusAreas.count), .gap)],
                    indent: 2))
        }
        return result
    }

    /// At most this many focus-area bars: the chart stays a chart with a dataset of any size.
    static let welfareBars = 20

    /// The rows with a known low-welfare share, highest first (dataset order among equals):
    /// the Focusgebieden table's sort of the store's value column, without the gaps it puts
    /// last. No focus area is decoded to rank them.
    func rowsByLowWelfare() -> [Int] {
        let store = dataset.focusAreas.store
        let order = ColumnSort.byNumber(count: store.count, ascending: false) { store.value($0, column: 1) }
        return Array(order.prefix { store.value($0, column: 1) != nil })
    }

    /// Bar paragraphs on a shared scale; gaps get no bar.
    func bars(_ figures: [Figure], maximum: Double, reference: Double? = nil) -> [Paragraph] {
        figures.map { figure in
            let fraction = figure.value.map { maximum > 0 ? $0 / maximum : 0 }
            var value = Span(FigureFormat.value(figure), figure.isGap ? .gap : .text)
            if let tag = FigureFormat.tag(figure.certainty) { value.text += tag.text }
            let marker = reference.map { maximum > 0 ? $0 / maximum : 0 }
            return Paragraph(
                .bar(fraction: fraction, value: value, reference: marker), [Span(figure.label, .chartLabel)],
                indent: 2, target: .figure(figure), sources: figure.sources)
        }
    }
}
