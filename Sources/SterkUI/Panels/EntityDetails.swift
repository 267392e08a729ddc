import SterkModel

/// Detail documents for focus areas, municipalities, sources, single figures and statements.
extension DocumentParts {
    /// The document for any target; nil when the target is not in the dataset.
    func detail(_ target: Target) -> Document? {
        switch target {
        case let .focusArea(id): return dataset.focusArea(id).map { Document(focusArea($0)) }
        case let .wijk(id): return dataset.wijk(id).map { Document(wijk($0)) }
        case let .cbsArea(code): return dataset.cbsArea(code).map { Document(cbsArea($0)) }
        case let .municipality(code): return dataset.municipality(code).map { Document(municipality($0)) }
        case let .source(id): return dataset.source(id).map { Document(source($0)) }
        case let .figure(figure): return Document([.heading(Dutch.figureDetailTitle)] + self.figure(figure))
        case let .statement(statement):
            return Document([.heading(Dutch.statementDetailTitle)] + self.statement(statement))
        case .visit: return nil  // visits change while the dashboard runs: see Dashboard+Visits
        }
    }

    func focusArea(_ area: FocusArea) -> [Paragraph] {
        var result: [Paragraph] = [.heading(area.name)]
        let municipality = dataset.municipality(area.municipalityCode)?.name ?? Dutch.unknown
        result.append(line(Dutch.municipalityLine, municipality, target: .municipality(area.municipalityCode)))
        result.append(membership(area.municipalityCode))
        result.append(line(Dutch.provinceLine, dataset.provinceName(ofMunicipality: area.municipalityCode)))
        result.append(line(Dutch.cohortLine, area.cohort.label))
        // Last in the opening block: a line that only some areas have shifts nothing below it.
        if let former = area.name2022, former != area.name { result.append(line(Dutch.formerName, former)) }
        result += [.blank] + figure(area.inhabitants) + figure(area.lowWelfareShare)
        result += [.blank] + location(area.location)
        if !area.statements.isEmpty { result += section(Dutch.statementsHeading, area.statements) { statement($0) } }
        return result
    }

    func municipality(_ municipality: Municipality) -> [Paragraph] {
        var result: [Paragraph] = [.heading(municipality.name), membership(municipality.code)]
        if let listed = dataset.m50.memberList.members.first(where: { $0.municipalityCode == municipality.code }),
            listed.listedName != municipality.name
        {
            result.append(line(Dutch.listedNameLine, listed.listedName))
        }
        if !municipality.aliases.isEmpty {
            result.append(line(Dutch.aliasesLine, municipality.aliases.joined(separator: ", ")))
        }
        result.append(line(Dutch.provinceLine, dataset.provinceName(ofMunicipality: municipality.code)))
        result.append(line(Dutch.cbsCodeLine, municipality.code))
        if let inhabitants = municipality.inhabitants {
            result += figure(inhabitants)
        } else {
            result.append(line(Dutch.columnInhabitants + ": ", Dutch.unknown, role: .gap))
        }
        let pilots = dataset.wijken.filter { $0.municipalityCode == municipality.code }
        result += section(Dutch.pilotsLine.trimmed(of: ": "), pilots) { wijk in
            [
                Paragraph(
                    .text, [Span(wijk.name, .link), Span(" (\(wijk.kind.label))", .textDim)], target: .wijk(wijk.id))
            ]
        }
        let positions = dataset.focusAreas.positions(inMunicipality: municipality.code)
        let areas = positions.prefix(SourceUsage.focusAreaLimit).map { dataset.focusAreas[$0] }
        result += section(Dutch.focusAreasLine.trimmed(of: ": "), areas) { area in
            [Paragraph(.text, [Span(area.name, .link)], target: .focusArea(area.id))]
        }
        if positions.count > areas.count {
            result.append(Paragraph(.text, [Span(Dutch.moreFocusAreas(positions.count - areas.count), .textDim)]))
        }
        if let location = municipality.location { result += [.blank] + self.location(location) }
        return result + cbsWijkList(municipality.code)
    }

    func source(_ source: Source) -> [Paragraph] {
        var result: [Paragraph] = [.heading(source.title), line(Dutch.idLine, source.id)]
        result.append(
            source.url.isEmpty
                ? line(Dutch.urlLine, Dutch.noURL, role: .gap) : line(Dutch.urlLine, source.url, role: .link))
        result.append(
            line(Dutch.publisherLine, source.publisher ?? Dutch.unknown, role: source.publisher == nil ? .gap : .text))
        result.append(
            line(Dutch.dateLine, source.date?.dutch ?? Dutch.unknown, role: source.date == nil ? .gap : .text))
        if let note = source.note {
            result += [.blank, Paragraph(.text, [Span(Dutch.noteLine, .textDim), Span(note)])]
        }
        let uses = usage.uses(of: source.id).filter { $0.target != .source(source.id) }
        result += section(Dutch.usedByHeading, uses) { use in
            [Paragraph(.text, [Span(use.text, .link)], target: use.target)]
        }
        let citing = usage.focusAreaCount(citing: source.id)
        if citing > SourceUsage.focusAreaLimit {
            result.append(Paragraph(.text, [Span(Dutch.moreFocusAreas(citing - SourceUsage.focusAreaLimit), .textDim)]))
        }
        return result
    }
}
