import SterkModel

/// The detail of a CBS wijk: its imported figures (each with table, date and source), its
/// Leefbaarometer scores, and the pilot or comparison area it stands for.
extension DocumentParts {
    func cbsArea(_ area: CBSArea) -> [Paragraph] {
        var result: [Paragraph] = [
            .heading(area.displayName), line(Dutch.kindLine, Dutch.cbsKind(area.level.rawValue)),
        ]
        let municipality = dataset.municipality(area.municipalityCode)?.name ?? Dutch.unknown
        result.append(line(Dutch.municipalityLine, municipality, target: .municipality(area.municipalityCode)))
        result.append(membership(area.municipalityCode))
        result.append(line(Dutch.cbsCodeLine, area.code))
        for wijk in dataset.curatedWijken(forCBSArea: area.code) {
            result.append(
                Paragraph(
                    .text,
                    [
                        Span(Dutch.standsForLine, .textDim), Span(wijk.name, .link),
                        Span(" (\(wijk.kind.label)\(wijk.cbsLabel.map { "; \($0)" } ?? ""))", .textDim),
                    ],
                    target: .wijk(wijk.id)))
        }
        result += section(Dutch.cbsFiguresHeading, dataset.areaFigures(code: area.code)) { figure($0) }
        if let series = dataset.leefbaarometer.series(code: area.code) { result += leefbaarometer(series) }
        return result
    }

    /// Score and deviation per year; the dimensions of the latest year that has them.
    func leefbaarometer(_ series: LeefbaarometerSeries) -> [Paragraph] {
        var result: [Paragraph] = [.blank, .heading(Dutch.leefbaarometerHeading)]
        if let reference = dataset.leefbaarometer.nationalReference {
            result.append(line(Dutch.referenceLine, DutchFormat.decimal(reference, digits: 3)))
        }
        for point in series.points {
            result.append(
                Paragraph(
                    .text,
                    [
                        Span("\(point.year): ", .textDim),
                        Span(
                            Dutch.scoreText(
                                DutchFormat.decimal(point.score, digits: 3),
                                DutchFormat.decimal(point.deviation, digits: 3))),
                    ],
                    indent: 2, sources: series.sources))
        }
        if let latest = series.points.last(where: { $0.dimensions != nil }), let dimensions = latest.dimensions {
            result.append(line(Dutch.dimensionsLine(latest.year), ""))
            for part in dimensions.named {
                result.append(
                    Paragraph(
                        .text, [Span(part.name + ": ", .textDim), Span(DutchFormat.decimal(part.value, digits: 3))],
                        indent: 4))
            }
        }
        result.append(Paragraph(.text, [Span(PilotComparison.trendCaution, .certaintyInference)]))
        return result + sourceLines(series.sources, indent: 2)
    }

    /// A municipality's CBS wijken, each linked to its detail, with inhabitants.
    func cbsWijkList(_ code: String) -> [Paragraph] {
        let wijken = dataset.cbsWijken(inMunicipality: code)
        return section(Dutch.cbsWijkenHeading(wijken.count), wijken) { area in
            let inhabitants = dataset.cbsInhabitants(area.code).map(FigureFormat.value) ?? Dutch.unknown
            return [
                Paragraph(
                    .text,
                    [Span(area.displayName, .link), Span(" – \(inhabitants) \(Dutch.inhabitantsWord)", .textDim)],
                    target: .cbsArea(area.code))
            ]
        }
    }
}
