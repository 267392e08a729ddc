import SterkModel

/// The opening slides: the paper, the problem, the money.
extension DeckBuilder {
    func titleSlide() -> Slide {
        let paper = dataset.paper
        let parts = paper.title.split(separator: " – ", maxSplits: 1).map(String.init)
        var blocks: [SlideBlock] = []
        if parts.count > 1 { blocks.append(.text([Span(parts[1], .heading)], maxLines: 2)) }
        blocks.append(
            .text(
                [
                    Span(
                        DutchPresentation.paperBy(paper.publisher, date: DutchPresentation.longDate(paper.date)),
                        .text)
                ], maxLines: 2))
        if let ask = paper.statements.first { blocks.append(.text(statementSpans(ask), maxLines: 3)) }
        return slide(
            "titel", kicker: DutchPresentation.kickerPaper, title: parts.first ?? paper.title, blocks,
            sources: paper.statements.first?.sources ?? [])
    }

    func problemSlide() -> Slide {
        let inhabitants = dataset.nplv.figures.first { $0.unit == .persons }
        var figures = [
            BigFigure(
                value: "\(headline.focusAreaCount)",
                caption: [
                    Span(DutchPresentation.focusAreasCaption, .text),
                    Span(" (\(Dutch.computed))", .textDim),
                ]),
            BigFigure(
                value: "\(headline.focusMunicipalityCount)",
                caption: [
                    Span(DutchPresentation.municipalitiesCaption, .text),
                    Span(" (\(Dutch.computed))", .textDim),
                ]),
        ]
        if let inhabitants {
            let big = DutchPresentation.compactNumber(inhabitants)
            figures.append(
                BigFigure(
                    value: big.value,
                    caption: [Span(big.unit + DutchPresentation.inhabitantsCaption, .text)]
                        + (inhabitants.asOf.map { [Span(" (\($0.dutch))", .textDim)] } ?? [])))
        }
        var blocks: [SlideBlock] = [
            .text(
                [Span(dataset.nplv.name + " (" + dataset.nplv.abbreviation + ")", .heading)],
                maxLines: 1),
            .figures(figures),
        ]
        if let claim = dataset.paper.statements.dropFirst().first {
            blocks.append(.text(statementSpans(claim), maxLines: 3))
        }
        blocks.append(.text(statementSpans(dataset.nplv.horizon), maxLines: 2))
        let sources = dataset.focusAreas.first?.inhabitants.sources ?? []
        return slide(
            "probleem", kicker: DutchPresentation.kickerProblem, title: DutchPresentation.titleProblem, blocks,
            sources: sources + (inhabitants?.sources ?? [])
                + (dataset.paper.statements.dropFirst().first?.sources ?? [])
                + dataset.nplv.horizon.sources)
    }

    func moneySlide() -> Slide {
        let groups = BudgetGroups(lines: dataset.nplv.budgetLines, launched: dataset.nplv.launched)
        let start = HorizontalBarChart(items: groups.atStart.map { BarItem(figure: $0) }, maximum: groups.maximum)
        let later = HorizontalBarChart(items: groups.later.map { BarItem(figure: $0) }, maximum: groups.maximum)
        var blocks: [SlideBlock] = []
        if !groups.atStart.isEmpty {
            blocks.append(.chart(title: DutchPresentation.budgetAtStart(dataset.nplv.launched.dutch), start))
        }
        if !groups.later.isEmpty { blocks.append(.chart(title: DutchPresentation.budgetLater, later)) }
        blocks.append(.text([Span(DutchPresentation.budgetOverlap, .certaintyConflict)], maxLines: nil))
        return slide(
            "geld", kicker: DutchPresentation.kickerProblem, title: DutchPresentation.titleMoney, blocks,
            sources: dataset.nplv.budgetLines.flatMap(\.sources))
    }
}
