import SterkModel

/// `sterk toon` for a CBS wijk (by name or code), and the CBS parts of other reports; the
/// words are `DutchCBSReport`'s and `DutchReport`'s.
enum CBSAreaReport {
    static func render(_ area: CBSArea, _ dataset: Dataset, width: Int?) -> String {
        var report = Report(width: width)
        report.title(DutchCBSReport.title(area.displayName, level: area.level.rawValue))
        report.field(
            DutchReport.municipality,
            "\(dataset.municipality(area.municipalityCode)?.name ?? area.municipalityCode) (\(area.municipalityCode))")
        report.field(DutchReport.cbsCode, area.code)
        report.field(
            DutchReport.m50Member(listDate: dataset.m50.memberList.date.dutch),
            DutchReport.yesNo(dataset.isM50Member(area.municipalityCode)))
        let curated = dataset.curatedWijken(forCBSArea: area.code).map {
            "\($0.name) (\($0.kind.label)\($0.cbsLabel.map { "; \($0)" } ?? ""))"
        }
        if !curated.isEmpty { report.field(DutchCBSReport.standsFor, curated.joined(separator: ", ")) }
        report.figures(DutchCBSReport.figures, dataset.areaFigures(code: area.code))
        leefbaarometer(area.code, dataset, &report)
        return report.rendered(dataset: dataset)
    }

    /// The Leefbaarometer scores of a wijk, when the file has it.
    static func leefbaarometer(_ code: String, _ dataset: Dataset, _ report: inout Report) {
        guard let series = dataset.leefbaarometer.series(code: code) else { return }
        report.heading(DutchCBSReport.leefbaarometerHeading(Dataset.shortWijkName(series.name), code: code))
        if let reference = dataset.leefbaarometer.nationalReference {
            report.field(
                DutchCBSReport.nationalReference, DutchFormat.decimal(reference, digits: 3) + DutchCBSReport.everyYear)
        }
        for point in series.points {
            var text = DutchCBSReport.score(
                DutchFormat.decimal(point.score, digits: 3), deviation: DutchFormat.decimal(point.deviation, digits: 3))
            if let dimensions = point.dimensions {
                text +=
                    " — "
                    + dimensions.named.map { "\($0.name.lowercased()) \(DutchFormat.decimal($0.value, digits: 3))" }
                    .joined(separator: ", ")
            }
            report.field(String(point.year), text + report.cite(series.sources))
        }
        report.field(DutchCBSReport.caution, PilotComparison.trendCaution)
    }

    /// A municipality's CBS wijken with inhabitants.
    static func wijkList(_ code: String, _ dataset: Dataset, _ report: inout Report) {
        let wijken = dataset.cbsWijken(inMunicipality: code)
        guard !wijken.isEmpty, let table = dataset.wijkTable else { return }
        report.heading(DutchCBSReport.wijkListHeading(wijken.count))
        for area in wijken {
            let figure = dataset.cbsInhabitants(area.code)
            let value = figure.map(DutchFormat.value) ?? DutchFormat.unknown
            report.field(area.displayName, DutchCBSReport.inhabitants(value, code: area.code))
        }
        report.field(
            DutchCBSReport.source,
            "\(table.title), \(table.asOf?.dutch ?? DutchFormat.unknown)" + report.cite(table.sources))
    }

    /// CBS wijken whose name or code matches, for when no curated entity does.
    static func find(_ query: String, _ dataset: Dataset) -> [CBSArea] {
        let key = SearchFold.fold(query)
        let wijken = dataset.allCBSWijken
        let exact = wijken.filter {
            SearchFold.fold($0.code) == key || SearchFold.fold($0.name) == key
                || SearchFold.fold(Dataset.shortWijkName($0.name)) == key
        }
        if !exact.isEmpty { return exact }
        return wijken.filter { SearchFold.fold($0.name).contains(key) || SearchFold.fold($0.code) == key }
    }
}
