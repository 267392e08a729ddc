import ArgumentParser
import SterkModel

/// `sterk toon NAAM`: one focus area, municipality or wijk in full, with sources.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "toon", abstract: DutchHelp.Show.abstract, discussion: DutchHelp.Show.discussion,
        aliases: ["show"])

    @Argument(help: DutchHelp.Show.name)
    var name: [String]

    @Flag(name: .long, help: DutchHelp.json)
    var json = false

    @OptionGroup var data: DataOptions

    func run() throws {
        let dataset = try data.load()
        let query = name.joined(separator: " ")
        switch NameMatcher(entities: dataset.allEntities).find(query) {
        case let .found(entity):
            Console.out(
                json
                    ? EntityJSON.render(entity, dataset)
                    : EntityReports.render(entity, dataset: dataset, width: Console.terminalWidth))
        case let .ambiguous(matches):
            let names = matches.prefix(10).map { "  \($0.name) (\($0.kindLabel))" }.joined(separator: "\n")
            Console.error(DutchShow.ambiguous(ControlFree.text(query)) + "\n" + ControlFree.lines(names))
            throw ExitCode(1)
        case let .notFound(suggestions):
            let areas = CBSAreaReport.find(query, dataset)
            if areas.count == 1, let area = areas.first {
                Console.out(
                    json
                        ? CBSAreaJSON.render(area, dataset)
                        : CBSAreaReport.render(area, dataset, width: Console.terminalWidth))
                return
            }
            if areas.count > 1 {
                let names = areas.prefix(10).map { area in
                    DutchShow.cbsMatch(
                        area.displayName,
                        municipality: dataset.municipality(area.municipalityCode)?.name ?? area.municipalityCode,
                        code: area.code)
                }.joined(separator: "\n")
                Console.error(DutchShow.ambiguousCBS(ControlFree.text(query)) + "\n" + ControlFree.lines(names))
                throw ExitCode(1)
            }
            let hint = suggestions.isEmpty ? "" : DutchShow.didYouMean(suggestions)
            Console.error(DutchShow.notFound(ControlFree.text(query)) + ControlFree.text(hint))
            throw ExitCode(1)
        }
    }
}

/// The `--json` form of `sterk toon`: the same shapes as `sterk lijst --json`.
enum EntityJSON {
    static func render(_ entity: DatasetEntity, _ dataset: Dataset) -> String {
        let item: JSONOut
        switch entity {
        case let .focusArea(area): item = FocusAreaListing.json(area, dataset)
        case let .municipality(municipality): item = MunicipalityListing.json(municipality, dataset)
        case let .wijk(wijk): item = WijkListing.json(wijk, dataset)
        }
        let kind: String
        switch entity {
        case .focusArea: kind = "focusArea"
        case .municipality: kind = "municipality"
        case .wijk: kind = "wijk"
        }
        return JSONOut.object([
            ("schemaVersion", .number(Double(dataset.schemaVersion))),
            ("datasetVersion", .string(dataset.datasetVersion.iso)),
            ("kind", .string(kind)), ("item", item),
        ]).rendered() + "\n"
    }
}

/// The `--json` form of `sterk toon` for a CBS wijk.
enum CBSAreaJSON {
    static func render(_ area: CBSArea, _ dataset: Dataset) -> String {
        JSONOut.object([
            ("schemaVersion", .number(Double(dataset.schemaVersion))),
            ("datasetVersion", .string(dataset.datasetVersion.iso)),
            ("kind", .string("cbsArea")), ("item", item(area, dataset)),
        ]).rendered() + "\n"
    }

    static func item(_ area: CBSArea, _ dataset: Dataset) -> JSONOut {
        .object([
            ("code", .string(area.code)), ("level", .string(area.level.rawValue)), ("name", .string(area.name)),
            ("municipality", .string(area.municipalityCode)),
            ("figures", .array(dataset.areaFigures(code: area.code).map(JSONOut.figure))),
            ("standsFor", .array(dataset.curatedWijken(forCBSArea: area.code).map { .string($0.id) })),
        ])
    }
}
