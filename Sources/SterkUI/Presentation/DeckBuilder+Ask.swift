import SterkModel

/// "Onze vraag": the M50's ask and its arguments, as the M50's standpoint from its paper.
extension DeckBuilder {
    func askSlide() -> Slide {
        let standpoints = dataset.paper.statements.filter { $0.certainty == .standpoint }
        var blocks: [SlideBlock] = []
        let ask = standpoints.first
        if let ask { blocks.append(.text(statementSpans(ask, role: .heading), maxLines: 4)) }
        let reasons = askReasons(standpoints.dropFirst())
        if !reasons.isEmpty {
            blocks.append(.heading(DutchComparison.reasonsHeading))
            blocks += reasons.map { .text([Span(DutchComparison.bullet, .textDim)] + statementSpans($0), maxLines: 3) }
        }
        blocks.append(
            .text(
                [
                    Span(
                        DutchPresentation.paperBy(
                            dataset.paper.publisher, date: DutchPresentation.longDate(dataset.paper.date)),
                        .textDim)
                ], maxLines: 1))
        return slide(
            "onze-vraag", kicker: DutchComparison.kickerAsk, title: DutchComparison.titleAsk, blocks,
            sources: (ask?.sources ?? []) + reasons.flatMap(\.sources))
    }

    /// The paper's arguments for the ask: its standpoints other than the comparison, the
    /// list of pilots and the invitation (those have slides of their own).
    func askReasons(_ standpoints: ArraySlice<Statement>) -> [Statement] {
        let elsewhere = [comparisonStatement?.text, dataset.invitation.text].compactMap { $0 }
        return Array(
            standpoints.filter { statement in
                let folded = SearchFold.fold(statement.text)
                return !elsewhere.contains(statement.text) && !folded.contains(DutchDatasetPhrases.visit)
                    && !folded.contains(DutchDatasetPhrases.pilotsIn)
            }.prefix(3))
    }
}
