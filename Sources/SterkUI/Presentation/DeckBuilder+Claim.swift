import SterkModel

/// "3 van de 20": the paper's count explained by size class, computed from CBS, with the
/// membership count beside it — the speaker's number first, then how it is reached.
extension DeckBuilder {
    func claimSlide() -> Slide {
        let claim = headline.paperClaim
        let total = headline.focusAreaCount
        let members = headline.focusAreasInM50ByList
        let facts = SizeBandFacts(dataset: dataset)
        let inBand = Set(facts.nplvInBand.map(\.code))
        let sizeClassCount = dataset.focusAreas.filter { inBand.contains($0.municipalityCode) }.count
        let figures = [
            BigFigure(
                value: DutchPresentation.ratio(sizeClassCount, total),
                caption: [
                    Span(DutchComparison.sizeClassCaption(facts.bandText, facts.dateText), .text),
                    Span(" (\(Dutch.computed))", .textDim),
                ]),
            BigFigure(
                value: DutchPresentation.ratio(claim.value.map { Int($0) }, total),
                caption: [Span(DutchComparison.paperCaption(dataset.paper.date.dutch), .text)]
                    + (FigureFormat.tag(claim.certainty).map { [$0] } ?? []), role: .certaintyPaper),
            BigFigure(
                value: DutchPresentation.ratio(members.count, total),
                caption: [
                    Span(DutchPresentation.byListCaption(headline.memberListDate.dutch), .text),
                    Span(" (\(Dutch.computed))", .textDim),
                ], role: .heading),
        ]
        var blocks: [SlideBlock] = [.figures(figures)]
        blocks.append(
            .text(
                [
                    Span(
                        DutchComparison.bandPlaces(
                            facts.bandText, facts.dateText, SizeBandFacts.list(facts.nplvInBand)), .text)
                ],
                maxLines: 3))
        if !facts.nplvJustAbove.isEmpty {
            blocks.append(
                .text(
                    [
                        Span(
                            DutchComparison.justAbove(
                                SizeBandFacts.list(facts.nplvJustAbove), limit: DutchFormat.integer(facts.band.max)),
                            .textDim)
                    ], maxLines: 2))
        }
        let names = members.map(\.name).joined(separator: ", ")
        blocks.append(
            .text(
                [
                    Span(
                        DutchComparison.memberNames(
                            names.isEmpty ? Dutch.none : names,
                            headline.memberListDate.dutch), .textDim)
                ], maxLines: 2))
        return slide(
            "3-van-de-20", kicker: DutchComparison.kickerClaim, title: DutchComparison.titleClaim, blocks,
            sources: facts.inhabitantsSources + claim.sources + dataset.m50.memberList.sources
                + dataset.m50.sizeBand.sources)
    }
}
