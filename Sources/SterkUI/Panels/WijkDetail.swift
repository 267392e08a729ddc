import SterkModel

/// The Wijken detail: programme, period, money, partners, goals, figures, the paper, resemblance.
extension DocumentParts {
    func wijk(_ wijk: Wijk) -> [Paragraph] {
        var result: [Paragraph] = [.heading(wijk.name), line(Dutch.kindLine, wijk.kind.label)]
        let municipality = dataset.municipality(wijk.municipalityCode)?.name ?? Dutch.unknown
        result.append(line(Dutch.municipalityLine, municipality, target: .municipality(wijk.municipalityCode)))
        result.append(membership(wijk.municipalityCode))
        for code in wijk.cbsAreas {
            let name = dataset.cbsArea(code).map { Dataset.shortWijkName($0.displayName) } ?? code
            let label = wijk.cbsAreas.count == 1 ? (wijk.cbsLabel ?? "wijk \(name)") : "wijk \(name)"
            result.append(line(Dutch.cbsAreaLine, "\(label) (\(code))", role: .link, target: .cbsArea(code)))
        }
        if let id = wijk.focusAreaID, let area = dataset.focusArea(id) {
            result.append(line(Dutch.focusAreaLine, area.name, role: .link, target: .focusArea(id)))
        }
        result += programme(wijk.programme)
        if let start = wijk.start { result += [.blank, .heading(Dutch.startHeading)] + statement(start) }
        result += [.blank, .heading(Dutch.summaryHeading)] + statement(wijk.summary)
        result += section(Dutch.figuresHeading, wijk.figures) { figure($0) }
        result += section(Dutch.moneyHeading, wijk.money) { figure($0) }
        result += section(Dutch.partnersHeading, wijk.partners) { statement($0) }
        result += section(Dutch.goalsHeading, wijk.goals) { statement($0) }
        result += section(Dutch.timelineHeading, wijk.timeline) { statement($0) }
        result += section(Dutch.paperSaysHeading, wijk.paperSays) { statement($0) }
        result += [.blank, .heading(Dutch.resemblanceHeading)] + resemblance(wijk)
        return result
    }

    func programme(_ programme: Wijk.Programme?) -> [Paragraph] {
        guard let programme else { return [line(Dutch.programmeLine, Dutch.noProgramme, role: .gap)] }
        var spans = [Span(Dutch.programmeLine, .textDim), Span(programme.name)]
        if let tag = FigureFormat.tag(programme.certainty) { spans.append(tag) }
        var result = [Paragraph(.text, spans, sources: programme.sources)]
        result.append(
            line(Dutch.periodLine, programme.period ?? Dutch.unknown, role: programme.period == nil ? .gap : .text))
        return result + sourceLines(programme.sources, indent: 2)
    }

    func resemblance(_ wijk: Wijk) -> [Paragraph] {
        guard wijk.kind == .pilot else { return [Paragraph(.text, [Span(Dutch.resemblanceNotPilot, .textDim)])] }
        let result = PilotResemblance(wijk: wijk, focusAreas: dataset.focusAreas)
        guard !result.matches.isEmpty else { return [Paragraph(.text, [Span(Dutch.resemblanceTooFew, .gap)])] }
        var paragraphs = [
            Paragraph(
                .text,
                [
                    Span(
                        Dutch.resemblanceCompared(result.dimensions.joined(separator: " en ")),
                        .certaintyInference)
                ])
        ]
        if result.dimensions.count < 2 {
            paragraphs.append(Paragraph(.text, [Span(Dutch.resemblanceWeak, .certaintyInference)]))
        }
        for match in result.matches {
            paragraphs.append(
                Paragraph(
                    .text,
                    [Span(match.area.name, .link), Span(" – " + match.details.joined(separator: "; "), .textDim)],
                    indent: 2, target: .focusArea(match.area.id)))
        }
        return paragraphs
    }
}
