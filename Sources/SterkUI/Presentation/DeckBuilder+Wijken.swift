import SterkModel

/// The map slide.
extension DeckBuilder {
    func mapSlide() -> Slide {
        slide(
            "kaart", kicker: DutchPresentation.kickerMap, title: DutchPresentation.titleMap, style: .compact, [.map],
            sources: dataset.m50.memberList.sources + (dataset.focusAreas.first?.inhabitants.sources ?? []))
    }
}
