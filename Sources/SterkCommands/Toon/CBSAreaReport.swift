import SterkModel

/// `sterk toon` for a CBS wijk (by name or code), and the CBS parts of other reports.
enum CBSAreaReport {
    static func render(_ area: CBSArea, _ dataset: Dataset, width: Int?) -> String {
        var report = Report(width: width)
        report.title("\(area.displayName) — CBS-\(area.level.rawValue)")
        report.field(
            "Gemeente",
            "\(dataset.municipality(area.municipalityCode)?.name ?? area.municipalityCode) (\(area.municipalityCode))")
        report.field("CBS-code", area.code)
        report.field(
            "M50-lid (lijst \(dataset.m50.memberList.date.dutch))",
            dataset.isM50Member(area.municipalityCode) ? "ja" : "nee")
        let curated = dataset.curatedWijken(forCBSArea: area.code).map {
            "\($0.name) (\($0.kind.label)\($0.cbsLabel.map { "; \($0)" } ?? ""))"
        }
        if !curated.isEmpty { report.field("Staat voor", curated.joined(separator: ", ")) }
        report.figures("Cijfers van CBS", dataset.areaFigures(code: area.code))
        leefbaarometer(area.code, dataset, &report)
        return report.rendered(dataset: dataset)
    }

    /// The Leefbaarometer scores of a wijk, when the file has it.
    static func leefbaarometer(_ code: String, _ dataset: Dataset, _ report: inout Report) {
        guard let series = dataset.leefbaarometer.series(code: code) else { return }
        report.heading("Leefbaarometer 3.0 — \(Dataset.shortWijkName(series.name)) (\(code))")
        if let reference = dataset.leefbaarometer.nationalReference {
            report.field(
                "Landelijk referentieniveau", DutchFormat.decimal(reference, digits: 3) + " (in elk jaar gelijk)")
        }
        for point in series.points {
            var text =
                "score \(DutchFormat.decimal(point.score, digits: 3)), afwijking \(DutchFormat.decimal(point.deviation, digits: 3))"
            if let dimensions = point.dimensions {
                text +=
                    " — "
                    + dimensions.named.map { "\($0.name.lowercased()) \(DutchFormat.decimal($0.value, digits: 3))" }
                    .joined(separator: ", ")
            }
            report.field(String(point.year), text + report.cite(series.sources))
        }
        report.field("Let op", PilotComparison.trendCaution)
    }

    /// A municipality's CBS wijken with inhabitants.
    static func wijkList(_ code: String, _ dataset: Dataset, _ report: inout Report) {
        let wijken = dataset.cbsWijken(inMunicipality: code)
        guard !wijken.isEmpty, let table = dataset.wijkTable else { return }
        report.heading("Wijken volgens CBS (\(wijken.count))")
        for area in wijken {
            let figure = dataset.cbsInhabitants(area.code)
            let value = figure.map(DutchFormat.value) ?? DutchFormat.unknown
            report.field(area.displayName, "\(value) inwoners (\(area.code))")
        }
        report.field("Bron", "\(table.title), \(table.asOf?.dutch ?? DutchFormat.unknown)" + report.cite(table.sources))
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
