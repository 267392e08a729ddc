import ArgumentParser
import SterkModel

/// `sterk cijfers`: the paper's headline figures, computed from the dataset where possible.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cijfers", abstract: "De kerncijfers van de paper, waar mogelijk berekend uit de dataset.",
        discussion: "Een berekend getal staat naast de claim van de paper; geen van beide wordt stilzwijgend 'verbeterd'.",
        aliases: ["figures"])

    @Flag(name: .long, help: "Uitvoer als JSON.")
    var json = false

    @OptionGroup var data: DataOptions

    func run() throws {
        let dataset = try data.load()
        let figures = HeadlineFigures(dataset: dataset)
        Console.out(json ? HeadlineJSON.render(figures, dataset) : HeadlineReport.render(figures, dataset, width: Console.terminalWidth))
    }
}

/// The text form of `sterk cijfers`.
enum HeadlineReport {
    static func render(_ figures: HeadlineFigures, _ dataset: Dataset, width: Int?) -> String {
        var report = Report(width: width)
        report.title("Kerncijfers — \(dataset.paper.title) (\(dataset.paper.publisher), \(dataset.paper.date.dutch))")
        nplv(figures, dataset, &report)
        inM50(figures, dataset, &report)
        m50(figures, dataset, &report)
        return report.rendered(dataset: dataset)
    }

    static func nplv(_ figures: HeadlineFigures, _ dataset: Dataset, _ report: inout Report) {
        report.heading("\(dataset.nplv.name) (\(dataset.nplv.abbreviation))")
        report.field("Gestart", dataset.nplv.launched.dutch)
        report.field("Focusgebieden", "\(figures.focusAreaCount) in \(figures.focusMunicipalityCount) gemeenten (berekend)")
        let sources = Array(Set(dataset.focusAreas.flatMap(\.inhabitants.sources))).sorted()
        report.field("Inwoners in focusgebieden", "ca. \(DutchFormat.integer(figures.focusAreaInhabitants)) (berekend: som van de afgeronde cijfers per gebied)\(report.cite(sources))")
        report.figures("Budgetlijnen (deels overlappend: niet optellen)", figures.budgetLines)
    }

    static func inM50(_ figures: HeadlineFigures, _ dataset: Dataset, _ report: inout Report) {
        report.heading("Focusgebieden in een M50-gemeente")
        let names = figures.focusAreasInM50ByList.map(\.name).joined(separator: ", ")
        report.field("Volgens de ledenlijst van \(figures.memberListDate.dutch) (berekend)",
                     "\(figures.focusAreasInM50ByList.count) van de \(figures.focusAreaCount)" + (names.isEmpty ? "" : " — \(names)")
                        + report.cite(dataset.m50.memberList.sources))
        report.figure(figures.paperClaim, label: "Volgens de paper")
        let reading = figures.sizeClassFocusAreas.map(\.name).joined(separator: ", ")
        report.field("Lezing naar gemeentegrootte (\(figures.sizeClassReading.statement.certainty.label))", reading)
        report.statement(figures.sizeClassReading.statement)
    }

    static func m50(_ figures: HeadlineFigures, _ dataset: Dataset, _ report: inout Report) {
        report.heading("\(dataset.m50.name) — \(dataset.m50.fullName)")
        report.field("Leden", "\(figures.m50MemberCount) (lijst \(figures.memberListDate.dutch))\(report.cite(dataset.m50.memberList.sources))")
        let band = dataset.m50.sizeBand
        report.field("Omvang per gemeente", "\(DutchFormat.integer(band.min))–\(DutchFormat.integer(band.max)) inwoners\(report.cite(band.sources))")
        report.figure(figures.m50InhabitantsRepresented)
        report.field("Campagne", "\(dataset.m50.campaign.name), \(dataset.m50.campaign.date.dutch)")
    }
}

/// The `--json` form of `sterk cijfers`.
enum HeadlineJSON {
    static func render(_ figures: HeadlineFigures, _ dataset: Dataset) -> String {
        JSONOut.object([
            ("schemaVersion", .number(Double(dataset.schemaVersion))),
            ("datasetVersion", .string(dataset.datasetVersion.iso)),
            ("focusAreaCount", .number(Double(figures.focusAreaCount))),
            ("focusMunicipalityCount", .number(Double(figures.focusMunicipalityCount))),
            ("focusAreaInhabitants", .number(figures.focusAreaInhabitants)),
            ("focusAreasInM50ByMemberList", .object([
                ("memberListDate", .string(figures.memberListDate.iso)),
                ("count", .number(Double(figures.focusAreasInM50ByList.count))),
                ("focusAreas", .array(figures.focusAreasInM50ByList.map { .string($0.id) })),
            ])),
            ("paperClaim", .figure(figures.paperClaim)),
            ("sizeClassReading", .object([
                ("statement", .statement(figures.sizeClassReading.statement)),
                ("focusAreas", .array(figures.sizeClassReading.focusAreaIDs.map(JSONOut.string))),
            ])),
            ("budgetLines", .array(figures.budgetLines.map(JSONOut.figure))),
            ("m50MemberCount", .number(Double(figures.m50MemberCount))),
            ("m50InhabitantsRepresented", .figure(figures.m50InhabitantsRepresented)),
        ]).rendered() + "\n"
    }
}
