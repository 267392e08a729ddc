import SterkModel

/// The call to action and where the figures come from.
extension DeckBuilder {
    func callSlide() -> Slide {
        let contact = dataset.contact
        var blocks: [SlideBlock] = [.text(statementSpans(dataset.invitation, role: .heading), maxLines: 2)]
        var name = [Span(Dutch.nameLine, .textDim), Span(contact.name, .heading)]
        if let tag = FigureFormat.tag(contact.certainty) { name.append(tag) }
        blocks.append(.text(name, maxLines: 1))
        if let role = contact.role {
            blocks.append(.text([Span(Dutch.roleLine, .textDim), Span(role, .text)], maxLines: 1))
        }
        if !hideContact {
            blocks.append(.text([Span(Dutch.emailLine, .textDim), Span(contact.email, .link)], maxLines: 1))
            blocks.append(.text([Span(Dutch.phoneLine, .textDim), Span(contact.phone, .link)], maxLines: 1))
        }
        let campaign = dataset.m50.campaign
        blocks.append(
            .text([Span(DutchPresentation.campaignLine(campaign.name, campaign.date.dutch), .textDim)], maxLines: 2))
        return slide(
            "oproep", kicker: DutchPresentation.kickerCall, title: DutchPresentation.titleCall, blocks,
            sources: dataset.invitation.sources + contact.sources)
    }

    func closingSlide() -> Slide {
        var blocks: [SlideBlock] = [
            .text(
                [Span(DutchPresentation.datasetLine(dataset.title, dataset.datasetVersion.dutch), .text)], maxLines: 2),
            .heading(DutchPresentation.certaintyHeading),
        ]
        for certainty in Certainty.allCases {
            blocks.append(
                .text(
                    [
                        Span(certainty.label, FigureFormat.role(certainty)),
                        Span(": " + DutchPresentation.certaintyMeaning(certainty), .textDim),
                    ], maxLines: 1))
        }
        blocks.append(.heading(DutchPresentation.creditsHeading))
        blocks += dataset.credits.map { .text([Span($0, .textDim)], maxLines: 2) }
        return slide(
            "verantwoording", kicker: DutchPresentation.kickerClosing, title: DutchPresentation.titleClosing,
            style: .compact, blocks, sources: [])
    }
}
