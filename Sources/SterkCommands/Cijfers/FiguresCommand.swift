import ArgumentParser
import SterkModel

/// `sterk cijfers`: the paper's headline figures, computed from the dataset where possible.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cijfers", abstract: DutchHelp.Figures.abstract, discussion: DutchHelp.Figures.discussion,
        aliases: ["figures"])

    @Flag(name: .long, help: DutchHelp.json)
    var json = false

    @OptionGroup var data: DataOptions

    func run() throws {
        let dataset = try data.load()
        let figures = HeadlineFigures(dataset: dataset)
        let band = SizeBandFacts(dataset: dataset)
        Console.out(
            json
                ? HeadlineJSON.render(figures, band, dataset)
                : HeadlineReport.render(figures, band, dataset, width: Console.terminalWidth))
    }
}

/// The text form of `sterk cijfers`; the words are `DutchFigures`'.
enum HeadlineReport {
    typealias Words = DutchFigures

    static func render(_ figures: HeadlineFigures, _ band: SizeBandFacts, _ dataset: Dataset, width: Int?) -> String {
        var report = Report(width: width)
        let paper = dataset.paper
        report.title(Words.title(paper: paper.title, publisher: paper.publisher, date: paper.date.dutch))
        nplv(figures, dataset, &report)
        inM50(figures, band, dataset, &report)
        m50(figures, band, dataset, &report)
        return report.rendered(dataset: dataset)
    }

    static func nplv(_ figures: HeadlineFigures, _ dataset: Dataset, _ report: inout Report) {
        report.heading("\(dataset.nplv.name) (\(dataset.nplv.abbreviation))")
        report.field(Words.launched, dataset.nplv.launched.dutch)
        report.field(
            Words.focusAreas,
            Words.focusAreaCount(figures.focusAreaCount, municipalities: figures.focusMunicipalityCount))
        let sources = Array(Set(dataset.focusAreas.flatMap(\.inhabitants.sources))).sorted()
        report.field(
            Words.focusAreaInhabitants,
            Words.focusAreaInhabitantsValue(DutchFormat.integer(figures.focusAreaInhabitants)) + report.cite(sources))
        report.figures(Words.budgetLines, figures.budgetLines)
    }

    static func inM50(_ figures: HeadlineFigures, _ band: SizeBandFacts, _ dataset: Dataset, _ report: inout Report) {
        report.heading(Words.inM50Heading)
        let names = figures.focusAreasInM50ByList.map(\.name).joined(separator: ", ")
        report.field(
            Words.byMemberList(figures.memberListDate.dutch),
            Words.countOf(figures.focusAreasInM50ByList.count, figures.focusAreaCount)
                + (names.isEmpty ? "" : " — \(names)")
                + report.cite(dataset.m50.memberList.sources))
        report.figure(figures.paperClaim, label: Words.byPaper)
        report.field(
            Words.bySizeClass,
            Words.sizeClassValue(
                count: band.nplvInBand.count, band: band.bandText, date: band.dateText,
                inBand: SizeBandFacts.list(band.nplvInBand), justAbove: SizeBandFacts.list(band.nplvJustAbove))
                + report.cite(band.inhabitantsSources))
        report.field(Words.howComputed, Words.howComputedValue(date: band.dateText, band: band.bandText))
        let reading = figures.sizeClassFocusAreas.map(\.name).joined(separator: ", ")
        report.field(Words.sizeReading(figures.sizeClassReading.statement.certainty.label), reading)
        report.statement(figures.sizeClassReading.statement)
    }

    static func m50(_ figures: HeadlineFigures, _ bands: SizeBandFacts, _ dataset: Dataset, _ report: inout Report) {
        report.heading("\(dataset.m50.name) — \(dataset.m50.fullName)")
        report.field(
            Words.members,
            Words.membersValue(figures.m50MemberCount, listDate: figures.memberListDate.dutch)
                + report.cite(dataset.m50.memberList.sources))
        let band = dataset.m50.sizeBand
        report.field(
            Words.sizePerMunicipality,
            Words.inhabitantsRange(DutchFormat.integer(band.min), DutchFormat.integer(band.max))
                + report.cite(band.sources))
        let cite = report.cite(bands.inhabitantsSources + dataset.m50.memberList.sources)
        report.field(
            Words.membersInBand,
            Words.membersInBandValue(
                bands.membersInBand.count, of: figures.m50MemberCount, date: bands.dateText,
                below: SizeBandFacts.list(bands.membersBelow), above: SizeBandFacts.list(bands.membersAbove)) + cite)
        report.field(
            Words.memberInhabitants(figures.m50MemberCount),
            Words.memberInhabitantsValue(
                DutchFormat.integer(bands.memberInhabitants), date: bands.dateText,
                listDate: figures.memberListDate.dutch) + cite)
        report.field(
            Words.inhabitantsInBand,
            Words.inhabitantsInBandValue(
                DutchFormat.integer(bands.inhabitantsInBand), municipalities: bands.municipalitiesInBand,
                band: bands.bandText, date: bands.dateText) + report.cite(bands.inhabitantsSources))
        report.figure(figures.m50InhabitantsRepresented)
        report.field(Words.campaign, "\(dataset.m50.campaign.name), \(dataset.m50.campaign.date.dutch)")
    }
}

/// The `--json` form of `sterk cijfers`.
enum HeadlineJSON {
    static func render(_ figures: HeadlineFigures, _ band: SizeBandFacts, _ dataset: Dataset) -> String {
        JSONOut.object([
            ("schemaVersion", .number(Double(dataset.schemaVersion))),
            ("datasetVersion", .string(dataset.datasetVersion.iso)),
            ("focusAreaCount", .number(Double(figures.focusAreaCount))),
            ("focusMunicipalityCount", .number(Double(figures.focusMunicipalityCount))),
            ("focusAreaInhabitants", .number(figures.focusAreaInhabitants)),
            (
                "focusAreasInM50ByMemberList",
                .object([
                    ("memberListDate", .string(figures.memberListDate.iso)),
                    ("count", .number(Double(figures.focusAreasInM50ByList.count))),
                    ("focusAreas", .array(figures.focusAreasInM50ByList.map { .string($0.id) })),
                ])
            ),
            ("paperClaim", .figure(figures.paperClaim)),
            (
                "sizeClassReading",
                .object([
                    ("statement", .statement(figures.sizeClassReading.statement)),
                    ("focusAreas", .array(figures.sizeClassReading.focusAreaIDs.map(JSONOut.string))),
                ])
            ),
            ("budgetLines", .array(figures.budgetLines.map(JSONOut.figure))),
            ("m50MemberCount", .number(Double(figures.m50MemberCount))),
            ("m50InhabitantsRepresented", .figure(figures.m50InhabitantsRepresented)),
            ("sizeBand", sizeBand(band)),
        ]).rendered() + "\n"
    }
}

extension HeadlineJSON {
    static func places(_ places: [SizeBandFacts.Place]) -> JSONOut {
        .array(
            places.map {
                .object([
                    ("code", .string($0.code)), ("name", .string($0.name)), ("inhabitants", .number($0.inhabitants)),
                ])
            })
    }

    /// The computed size-band facts, with the date and sources of the inhabitants used.
    static func sizeBand(_ band: SizeBandFacts) -> JSONOut {
        .object([
            ("min", .number(Double(band.band.min))), ("max", .number(Double(band.band.max))),
            ("inhabitantsAsOf", band.asOf.map { .string($0.iso) } ?? .null),
            ("inhabitantsSources", .array(band.inhabitantsSources.map(JSONOut.string))),
            ("nplvMunicipalitiesInBand", places(band.nplvInBand)),
            ("nplvMunicipalitiesJustAbove", places(band.nplvJustAbove)),
            ("membersInBand", .number(Double(band.membersInBand.count))),
            ("membersBelow", places(band.membersBelow)),
            ("membersAbove", places(band.membersAbove)),
            ("memberInhabitants", .number(band.memberInhabitants)),
            ("municipalitiesInBand", .number(Double(band.municipalitiesInBand))),
            ("inhabitantsInBand", .number(band.inhabitantsInBand)),
        ])
    }
}
