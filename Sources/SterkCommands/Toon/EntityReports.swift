import SterkModel

/// The full `sterk toon` text of a focus area, municipality or wijk; the words are
/// `DutchEntityReport`'s and `DutchReport`'s.
enum EntityReports {
    static func render(_ entity: DatasetEntity, dataset: Dataset, width: Int?) -> String {
        var report = Report(width: width)
        switch entity {
        case let .focusArea(area): focusArea(area, dataset, &report)
        case let .municipality(place): municipality(place, dataset, &report)
        case let .wijk(wijk): WijkReport.write(wijk, dataset, &report)
        }
        return report.rendered(dataset: dataset)
    }

    static func focusArea(_ area: FocusArea, _ dataset: Dataset, _ report: inout Report) {
        report.title(DutchEntityReport.focusAreaTitle(area.name))
        if let old = area.name2022, old != area.name { report.field(DutchEntityReport.name2022, old) }
        report.field(
            DutchReport.municipality,
            "\(dataset.municipality(area.municipalityCode)?.name ?? area.municipalityCode) (\(area.municipalityCode))")
        report.field(DutchReport.province, dataset.provinceName(ofMunicipality: area.municipalityCode))
        report.field(
            DutchReport.m50Member(listDate: dataset.m50.memberList.date.dutch),
            DutchReport.yesNo(dataset.isM50Member(area.municipalityCode)))
        report.field(DutchEntityReport.cohort, area.cohort.label)
        report.figure(area.inhabitants)
        report.figure(area.lowWelfareShare)
        report.field(DutchReport.location, locationText(area.location))
        report.statements(DutchEntityReport.facts, area.statements)
    }

    static func municipality(_ municipality: Municipality, _ dataset: Dataset, _ report: inout Report) {
        report.title(DutchEntityReport.municipalityTitle(municipality.name))
        report.field(DutchReport.cbsCode, municipality.code)
        report.field(DutchReport.province, dataset.provinceName(ofMunicipality: municipality.code))
        if !municipality.aliases.isEmpty {
            report.field(DutchEntityReport.aliases, municipality.aliases.joined(separator: ", "))
        }
        report.field(
            DutchReport.m50Member(listDate: dataset.m50.memberList.date.dutch),
            DutchReport.yesNo(dataset.isM50Member(municipality.code)))
        if let inhabitants = municipality.inhabitants {
            report.figure(inhabitants)
        } else {
            report.field(DutchReport.inhabitants, DutchFormat.unknown)
        }
        let areas = dataset.focusAreas.filter { $0.municipalityCode == municipality.code }.map(\.name)
        report.field(
            DutchEntityReport.focusAreas, areas.isEmpty ? DutchEntityReport.none : areas.joined(separator: ", "))
        let wijken = dataset.wijken.filter { $0.municipalityCode == municipality.code }.map {
            "\($0.name) (\($0.kind.label))"
        }
        if !wijken.isEmpty { report.field(DutchEntityReport.pilotWijken, wijken.joined(separator: ", ")) }
        if let location = municipality.location { report.field(DutchReport.location, locationText(location)) }
        CBSAreaReport.wijkList(municipality.code, dataset, &report)
    }

    static func locationText(_ location: Location) -> String {
        let precision = DutchReport.precision(placeholder: location.precision == .placeholder)
        return "\(location.lat), \(location.lon) (\(precision))" + (location.note.map { " — \($0)" } ?? "")
    }
}

/// The `sterk toon` text of a pilot wijk or comparison area.
enum WijkReport {
    static func write(_ wijk: Wijk, _ dataset: Dataset, _ report: inout Report) {
        report.title("\(wijk.name) — \(wijk.kind.label)")
        report.field(
            DutchReport.municipality,
            "\(dataset.municipality(wijk.municipalityCode)?.name ?? wijk.municipalityCode) (\(wijk.municipalityCode))")
        for code in wijk.cbsAreas {
            let name = dataset.cbsArea(code).map { Dataset.shortWijkName($0.displayName) } ?? code
            let label = DutchEntityReport.cbsWijk(name)
            report.field(
                DutchEntityReport.cbsArea, "\(wijk.cbsAreas.count == 1 ? (wijk.cbsLabel ?? label) : label) (\(code))")
        }
        if let area = wijk.focusAreaID.flatMap(dataset.focusArea) {
            report.field(DutchEntityReport.focusArea, area.name)
        }
        if let programme = wijk.programme {
            let label = programme.certainty == .proven ? "" : " (\(programme.certainty.label))"
            report.field(DutchEntityReport.programme, "\(programme.name)\(label)\(report.cite(programme.sources))")
            report.field(DutchEntityReport.period, programme.period ?? DutchFormat.unknown)
        } else {
            report.field(DutchEntityReport.programme, DutchFormat.unknown)
        }
        report.statement(wijk.summary)
        if let start = wijk.start { report.statements(DutchEntityReport.start, [start]) }
        report.figures(DutchEntityReport.figures, wijk.figures)
        report.figures(DutchEntityReport.money, wijk.money)
        report.statements(DutchEntityReport.partners, wijk.partners)
        report.statements(DutchEntityReport.goals, wijk.goals)
        report.statements(DutchEntityReport.timeline, wijk.timeline)
        report.statements(DutchEntityReport.paperSays, wijk.paperSays)
        report.field(DutchReport.location, EntityReports.locationText(wijk.location))
        for code in wijk.cbsAreas { CBSAreaReport.leefbaarometer(code, dataset, &report) }
    }
}
