import SterkModel

/// The full `sterk toon` text of a focus area, municipality or wijk.
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
        report.title("\(area.name) — focusgebied NPLV")
        if let old = area.name2022, old != area.name { report.field("Naam in 2022", old) }
        report.field(
            "Gemeente",
            "\(dataset.municipality(area.municipalityCode)?.name ?? area.municipalityCode) (\(area.municipalityCode))")
        report.field("Provincie", dataset.provinceName(ofMunicipality: area.municipalityCode))
        report.field(
            "M50-lid (lijst \(dataset.m50.memberList.date.dutch))",
            dataset.isM50Member(area.municipalityCode) ? "ja" : "nee")
        report.field("Groep", area.cohort.label)
        report.figure(area.inhabitants)
        report.figure(area.lowWelfareShare)
        report.field("Ligging", locationText(area.location))
        report.statements("Feiten", area.statements)
    }

    static func municipality(_ municipality: Municipality, _ dataset: Dataset, _ report: inout Report) {
        report.title("\(municipality.name) — gemeente")
        report.field("CBS-code", municipality.code)
        report.field("Provincie", dataset.provinceName(ofMunicipality: municipality.code))
        if !municipality.aliases.isEmpty {
            report.field("Ook geschreven als", municipality.aliases.joined(separator: ", "))
        }
        report.field(
            "M50-lid (lijst \(dataset.m50.memberList.date.dutch))",
            dataset.isM50Member(municipality.code) ? "ja" : "nee")
        if let inhabitants = municipality.inhabitants {
            report.figure(inhabitants)
        } else {
            report.field("Inwoners", DutchFormat.unknown)
        }
        let areas = dataset.focusAreas.filter { $0.municipalityCode == municipality.code }.map(\.name)
        report.field("Focusgebieden NPLV", areas.isEmpty ? "geen" : areas.joined(separator: ", "))
        let wijken = dataset.wijken.filter { $0.municipalityCode == municipality.code }.map {
            "\($0.name) (\($0.kind.label))"
        }
        if !wijken.isEmpty { report.field("Pilot- en vergelijkingswijken", wijken.joined(separator: ", ")) }
        if let location = municipality.location { report.field("Ligging", locationText(location)) }
        CBSAreaReport.wijkList(municipality.code, dataset, &report)
    }

    static func locationText(_ location: Location) -> String {
        let precision =
            location.precision == .placeholder ? "plaatsaanduiding, niet de echte ligging" : "bij benadering"
        return "\(location.lat), \(location.lon) (\(precision))" + (location.note.map { " — \($0)" } ?? "")
    }
}

/// The `sterk toon` text of a pilot wijk or comparison area.
enum WijkReport {
    static func write(_ wijk: Wijk, _ dataset: Dataset, _ report: inout Report) {
        report.title("\(wijk.name) — \(wijk.kind.label)")
        report.field(
            "Gemeente",
            "\(dataset.municipality(wijk.municipalityCode)?.name ?? wijk.municipalityCode) (\(wijk.municipalityCode))")
        for code in wijk.cbsAreas {
            let name = dataset.cbsArea(code).map { Dataset.shortWijkName($0.displayName) } ?? code
            report.field(
                "CBS-gebied",
                "\(wijk.cbsAreas.count == 1 ? (wijk.cbsLabel ?? "wijk \(name)") : "wijk \(name)") (\(code))")
        }
        if let area = wijk.focusAreaID.flatMap(dataset.focusArea) { report.field("NPLV-focusgebied", area.name) }
        if let programme = wijk.programme {
            let label = programme.certainty == .proven ? "" : " (\(programme.certainty.label))"
            report.field("Programma", "\(programme.name)\(label)\(report.cite(programme.sources))")
            report.field("Periode", programme.period ?? DutchFormat.unknown)
        } else {
            report.field("Programma", DutchFormat.unknown)
        }
        report.statement(wijk.summary)
        if let start = wijk.start { report.statements("Start", [start]) }
        report.figures("Cijfers", wijk.figures)
        report.figures("Geld", wijk.money)
        report.statements("Partners", wijk.partners)
        report.statements("Doelen", wijk.goals)
        report.statements("Tijdlijn", wijk.timeline)
        report.statements("Wat de M50 zegt", wijk.paperSays)
        report.field("Ligging", EntityReports.locationText(wijk.location))
        for code in wijk.cbsAreas { CBSAreaReport.leefbaarometer(code, dataset, &report) }
    }
}
