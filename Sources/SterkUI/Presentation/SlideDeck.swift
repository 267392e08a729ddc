import SterkModel

/// The slides of the M50's case, built once from the dataset.
///
/// Order: title, the problem, the money, the focus areas, low welfare, "3 van de 20", the
/// map, one slide per pilot wijk (figures and trend), the comparison on the same figures, how
/// the comparison areas are approached, the M50's ask, the invitation, and a closing slide on
/// where the figures come from.
public struct SlideDeck: Sendable {
    /// Every slide, in presentation order.
    public let slides: [Slide]

    /// Builds the slides; `hideContact` removes e-mail addresses and phone numbers everywhere.
    public init(dataset: Dataset, hideContact: Bool = false) {
        let builder = DeckBuilder(dataset: dataset, hideContact: hideContact)
        let slides = builder.slides()
        self.slides = hideContact ? slides.map { $0.mapText(ContactRedaction.redact) } : slides
    }

    /// The number of slides.
    public var count: Int { slides.count }
}

/// Turns the dataset into slides; one method per slide, spread over a few files.
struct DeckBuilder {
    let dataset: Dataset
    let hideContact: Bool
    let headline: HeadlineFigures

    init(dataset: Dataset, hideContact: Bool) {
        self.dataset = dataset
        self.hideContact = hideContact
        headline = HeadlineFigures(dataset: dataset)
    }

    func slides() -> [Slide] {
        [titleSlide(), problemSlide(), moneySlide(), focusAreaSlide(), welfareSlide(), claimSlide(), mapSlide()]
            + pilotSlides() + [comparisonSlide(), approachSlide(), askSlide(), callSlide(), closingSlide()]
    }

    /// A slide with this builder's dataset (for source names).
    func slide(
        _ id: String, kicker: String, title: String, style: Slide.TitleStyle = .big, _ blocks: [SlideBlock],
        sources: [String]
    ) -> Slide {
        Slide(
            id: id, kicker: kicker, title: title, titleStyle: style, blocks: blocks, sources: sources, dataset: dataset)
    }

    /// A statement's text followed by its certainty tag ("(claim van de paper)").
    func statementSpans(_ statement: Statement, role: ThemeRole = .text) -> [Span] {
        var spans = [Span(statement.text, statement.certainty == .gap ? .gap : role)]
        if let tag = FigureFormat.tag(statement.certainty) { spans.append(tag) }
        return spans
    }

    /// "label: value (tag)" for a figure, value first when `valueFirst`.
    func figureSpans(_ figure: Figure, label: String? = nil) -> [Span] {
        [Span((label ?? figure.label) + ": ", .textDim)] + FigureFormat.valueSpans(figure)
    }
}
