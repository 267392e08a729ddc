import SterkModel

/// The Overzicht: the case at a glance, built once per dataset.
struct OverviewDocument {
    let parts: DocumentParts
    var dataset: Dataset { parts.dataset }

    func paragraphs() -> [Paragraph] {
        let headline = HeadlineFigures(dataset: dataset)
        var result: [Paragraph] = [.heading(Dutch.overviewCase)]
        if let message = dataset.paper.statements.first { result += [statementLine(message)] }
        result +=
            [.blank, .heading(Dutch.focusBlocksTitle(headline.focusAreaCount))] + blocks(headline) + legend(headline)
        result += [.blank, .heading(Dutch.inhabitantsTitle)] + inhabitants(headline)
        result += [.blank, .heading(Dutch.budgetTitle)] + OverviewCharts(parts: parts).budget()
        result += [.blank, .heading(DutchPresentation.welfareHeading)] + OverviewCharts(parts: parts).welfare()
        result += [.blank, .heading(Dutch.pilotsTitle)] + pilots()
        return result
    }

    private func statementLine(_ statement: Statement) -> Paragraph {
        var spans = [Span(statement.text, .heading)]
        if let tag = FigureFormat.tag(statement.certainty) { spans.append(tag) }
        return Paragraph(.text, spans, target: .statement(statement), sources: statement.sources)
    }

    enum Mark { case member, sizeClass, other }

    func mark(_ area: FocusArea, _ headline: HeadlineFigures) -> Mark {
        if dataset.isM50Member(area.municipalityCode) { return .member }
        if headline.sizeClassFocusAreas.contains(where: { $0.id == area.id }) { return .sizeClass }
        return .other
    }

    func glyph(_ mark: Mark) -> Span {
        switch mark {
        case .member: return Span(parts.unicode ? "██" : "##", .mapM50)
        case .sizeClass: return Span(parts.unicode ? "▒▒" : "++", .mapSizeClass)
        case .other: return Span(parts.unicode ? "░░" : "..", .mapOther)
        }
    }

    /// One block per focus area reads well up to a few hundred; beyond that the legend's
    /// counts say it, and the overview stays as quick as a small dataset's.
    static let blockLimit = 400

    private func blocks(_ headline: HeadlineFigures) -> [Paragraph] {
        guard dataset.focusAreas.count <= OverviewDocument.blockLimit else { return [] }
        let spans = dataset.focusAreas.flatMap { [glyph(mark($0, headline)), Span(" ")] }
        return [Paragraph(.text, spans, indent: 2)]
    }

    /// Names for the legend: all of a short list, the first ten and "…" of a long one.
    private func nameList(_ areas: [FocusArea], total: Int) -> String {
        areas.prefix(10).map(\.name).joined(separator: ", ") + (total > 10 ? ", …" : "")
    }

    private func legend(_ headline: HeadlineFigures) -> [Paragraph] {
        let memberCount = headline.focusAreasInM50Count
        let members = headline.focusAreasInM50(first: 10)
        let sizeOnly = headline.sizeClassFocusAreas.filter { !dataset.isM50Member($0.municipalityCode) }
        let byList = Dutch.legendByList(
            count: memberCount, total: headline.focusAreaCount,
            date: headline.memberListDate.dutch, names: nameList(members, total: memberCount))
        var result = [
            Paragraph(.text, [glyph(.member), Span(" " + byList)], indent: 2, sources: dataset.m50.memberList.sources)
        ]
        if !sizeOnly.isEmpty {
            let reading = headline.sizeClassReading.statement
            var spans = [
                glyph(.sizeClass),
                Span(" " + Dutch.legendSizeClass(names: sizeOnly.map(\.name).joined(separator: ", "))),
            ]
            if let tag = FigureFormat.tag(reading.certainty) { spans.append(tag) }
            result.append(Paragraph(.text, spans, indent: 2, target: .statement(reading), sources: reading.sources))
        }
        let others = headline.focusAreaCount - memberCount - sizeOnly.count
        result.append(Paragraph(.text, [glyph(.other), Span(" \(Dutch.legendOther): \(others)")], indent: 2))
        let claim = headline.paperClaim
        var claimSpans = [Span(Dutch.paperSays, .textDim), Span(FigureFormat.value(claim), .heading)]
        if let tag = FigureFormat.tag(claim.certainty) { claimSpans.append(tag) }
        result.append(Paragraph(.text, claimSpans, indent: 2, target: .figure(claim), sources: claim.sources))
        return result
    }

    private func inhabitants(_ headline: HeadlineFigures) -> [Paragraph] {
        let sources = dataset.focusAreas.store.inhabitantsSourceIDs()
        let sum = Figure(
            label: Dutch.focusInhabitantsLabel, value: headline.focusAreaInhabitants, unit: .persons,
            approx: true, sources: sources, certainty: .inference, note: Dutch.focusInhabitantsNote)
        return bars([sum] + sizeBandFigures() + [headline.m50InhabitantsRepresented])
    }

    /// The members' inhabitants and those of every municipality of M50 size, computed from
    /// the CBS figures, beside the M50's own "ruim 7 miljoen" (which matches the second).
    private func sizeBandFigures() -> [Figure] {
        let facts = SizeBandFacts(dataset: dataset)
        guard facts.municipalitiesCounted > 0 else { return [] }
        let members = Figure(
            label: Dutch.memberInhabitantsLabel(dataset.m50.memberList.members.count), value: facts.memberInhabitants,
            unit: .persons, asOf: facts.asOf, sources: facts.inhabitantsSources + dataset.m50.memberList.sources,
            note: Dutch.memberInhabitantsNote(dataset.m50.memberList.date.dutch, facts.dateText))
        let sizeClass = Figure(
            label: Dutch.sizeClassInhabitantsLabel(facts.municipalitiesInBand), value: facts.inhabitantsInBand,
            unit: .persons, asOf: facts.asOf, sources: facts.inhabitantsSources,
            note: Dutch.sizeClassInhabitantsNote(facts.bandText, facts.dateText))
        return [members, sizeClass]
    }

    /// Bar paragraphs scaled to the largest value in the group; gaps get no bar.
    func bars(_ figures: [Figure]) -> [Paragraph] {
        let largest = figures.compactMap(\.value).max() ?? 0
        return figures.map { figure in
            let fraction = figure.value.map { largest > 0 ? $0 / largest : 0 }
            var value = Span(FigureFormat.value(figure), figure.isGap ? .gap : .text)
            if let tag = FigureFormat.tag(figure.certainty) { value.text += tag.text }
            return Paragraph(
                .bar(fraction: fraction, value: value), [Span(figure.label, .chartLabel)], indent: 2,
                target: .figure(figure), sources: figure.sources)
        }
    }

    private func pilots() -> [Paragraph] {
        dataset.wijken.filter { $0.kind == .pilot }.map { wijk in
            let municipality = dataset.municipality(wijk.municipalityCode)?.name ?? Dutch.unknown
            var spans = [Span(wijk.name, .link), Span(" (\(municipality))", .text)]
            if let programme = wijk.programme {
                spans.append(Span(" – " + programme.name + (programme.period.map { ", \($0)" } ?? ""), .textDim))
            } else {
                spans.append(Span(" – \(Dutch.noProgramme)", .gap))
            }
            return Paragraph(.text, spans, indent: 2, target: .wijk(wijk.id))
        }
    }
}
