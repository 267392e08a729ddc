import SterkModel

/// Building blocks shared by every detail: figures, statements and their source lines.
struct DocumentParts: Sendable {
    let dataset: Dataset
    let unicode: Bool
    let usage: SourceUsage

    init(dataset: Dataset, unicode: Bool) {
        self.dataset = dataset
        self.unicode = unicode
        usage = SourceUsage(dataset)
    }

    /// "Label: value (certainty)", a dimmed note, then one line per source.
    func figure(_ figure: Figure, indent: Int = 0) -> [Paragraph] {
        var spans = [Span(figure.label + ": ", .textDim)]
        spans += FigureFormat.valueSpans(figure)
        var result = [Paragraph(.text, spans, indent: indent, target: .figure(figure), sources: figure.sources)]
        // The note carries the sources too, so `b` works from every line of the figure.
        if let note = figure.note {
            result.append(Paragraph(.text, [Span(note, .textDim)], indent: indent + 2, sources: figure.sources))
        }
        return result + sourceLines(figure.sources, indent: indent + 2)
    }

    /// A statement with its date and certainty, its note, and its sources.
    func statement(_ statement: Statement, indent: Int = 0) -> [Paragraph] {
        var spans: [Span] = []
        if let date = statement.date { spans.append(Span(date.dutch + " – ", .textDim)) }
        spans.append(Span(statement.text, statement.certainty == .gap ? .gap : .text))
        if statement.certainty == .gap { spans.append(Span(" (\(Dutch.unknown))", .gap)) }
        if let tag = FigureFormat.tag(statement.certainty) { spans.append(tag) }
        var result = [
            Paragraph(.text, spans, indent: indent, target: .statement(statement), sources: statement.sources)
        ]
        if let note = statement.note {
            result.append(Paragraph(.text, [Span(note, .textDim)], indent: indent + 2, sources: statement.sources))
        }
        return result + sourceLines(statement.sources, indent: indent + 2)
    }

    /// One "bron: title" line per source id; Enter or `b` jumps to it.
    func sourceLines(_ ids: [String], indent: Int) -> [Paragraph] {
        ids.map { id in
            let title = dataset.source(id)?.title ?? "\(id) \(Dutch.missingSource)"
            return Paragraph(
                .text, [Span(Dutch.sourceLine, .textDim), Span(title, .link)], indent: indent,
                target: .source(id), sources: [id])
        }
    }

    /// A heading followed by items, or "niets vastgelegd" when there are none.
    func section<Item>(_ title: String, _ items: [Item], _ render: (Item) -> [Paragraph]) -> [Paragraph] {
        let body = items.flatMap(render)
        return [.blank, .heading(title)]
            + (body.isEmpty ? [Paragraph(.text, [Span(Dutch.nothingRecorded, .gap)])] : body)
    }

    /// "Label value" on one line.
    func line(_ label: String, _ value: String, role: ThemeRole = .text, target: Target? = nil) -> Paragraph {
        Paragraph(.text, [Span(label, .textDim), Span(value, role)], target: target)
    }

    /// The M50 membership line: glyph and words, never colour alone.
    func membership(_ code: String) -> Paragraph {
        guard dataset.isM50Member(code) else { return Paragraph(.text, [Span(Dutch.notMember, .textDim)]) }
        let marker = unicode ? Dutch.m50Member : Dutch.m50MemberASCII
        return Paragraph(
            .text,
            [
                Span(marker, .m50Marker),
                Span(" " + Dutch.memberByList(dataset.m50.memberList.date.dutch), .textDim),
            ],
            sources: dataset.m50.memberList.sources)
    }

    /// Where a place lies and how far to trust it.
    func location(_ location: Location) -> [Paragraph] {
        let precision = location.precision == .placeholder ? Dutch.placeholderLocation : Dutch.approximateLocation
        let text =
            "\(FigureFormat.decimalCoordinate(location.lat))° NB, \(FigureFormat.decimalCoordinate(location.lon))° OL (\(precision))"
        var result = [line(Dutch.locationLine, text, role: location.precision == .placeholder ? .gap : .text)]
        if let note = location.note { result.append(Paragraph(.text, [Span(note, .textDim)], indent: 2)) }
        return result
    }
}

extension FigureFormat {
    /// A coordinate with three decimals and a Dutch comma.
    static func decimalCoordinate(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(abs(thousandths % 1000))
        return "\(thousandths / 1000)," + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
