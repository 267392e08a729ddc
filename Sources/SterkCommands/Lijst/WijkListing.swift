import SterkModel

/// `sterk lijst wijken`: the M50 pilot wijken and the comparison areas; with `--alle` also
/// every CBS wijk of the newest imported table.
enum WijkListing {
    static func make(_ dataset: Dataset, all: Bool = false) -> Listing {
        let wijken = dataset.wijken
        let areas = all ? dataset.allCBSWijken : []
        func municipalityName(_ code: String) -> String { dataset.municipality(code)?.name ?? code }
        var listing = Listing(
            jsonKey: "wijken",
            columns: [
                TableColumn(title: "Wijk", priority: .max),
                TableColumn(title: "Soort", priority: 5),
                TableColumn(title: "Gemeente", priority: 4),
                TableColumn(title: "Programma", priority: 3, flexible: true),
                TableColumn(title: "Periode", priority: 2),
            ],
            rows: wijken.map { wijk in
                [
                    wijk.name, wijk.kind.label,
                    dataset.municipality(wijk.municipalityCode)?.name ?? wijk.municipalityCode,
                    wijk.programme.map { programmeName($0) } ?? DutchFormat.unknown,
                    wijk.programme?.period ?? DutchFormat.unknown,
                ]
            },
            csvHeader: ["id", "name", "kind", "municipality_code", "municipality", "programme", "period"],
            csvRows: wijken.map { wijk in
                [
                    wijk.id, wijk.name, wijk.kind.rawValue, wijk.municipalityCode,
                    dataset.municipality(wijk.municipalityCode)?.name ?? "", wijk.programme?.name ?? "",
                    wijk.programme?.period ?? "",
                ]
            },
            jsonItems: wijken.map { json($0, dataset) })
        listing.rows += areas.map {
            [
                $0.displayName, "CBS-wijk", municipalityName($0.municipalityCode),
                dataset.cbsInhabitants($0.code).map(DutchFormat.value).map { "\($0) inwoners" } ?? DutchFormat.unknown,
                "–",
            ]
        }
        listing.csvRows += areas.map {
            [$0.code, $0.name, "cbs-wijk", $0.municipalityCode, municipalityName($0.municipalityCode), "", ""]
        }
        listing.jsonItems += areas.map { CBSAreaJSON.item($0, dataset) }
        return listing
    }

    static func programmeName(_ programme: Wijk.Programme) -> String {
        programme.certainty == .proven ? programme.name : "\(programme.name) (\(programme.certainty.label))"
    }

    static func json(_ wijk: Wijk, _ dataset: Dataset) -> JSONOut {
        .object([
            ("id", .string(wijk.id)),
            ("name", .string(wijk.name)),
            ("kind", .string(wijk.kind.rawValue)),
            ("municipality", .municipalityRef(wijk.municipalityCode, in: dataset)),
            ("cbsCode", .optional(wijk.cbsCode)),
            ("cbsAreas", .array(wijk.cbsAreas.map(JSONOut.string))),
            ("cbsLabel", .optional(wijk.cbsLabel)),
            ("start", wijk.start.map(JSONOut.statement) ?? .null),
            ("focusArea", .optional(wijk.focusAreaID)),
            (
                "programme",
                wijk.programme.map { programme in
                    .object([
                        ("name", .string(programme.name)), ("period", .optional(programme.period)),
                        ("certainty", .string(programme.certainty.rawValue)),
                        ("sources", .array(programme.sources.map(JSONOut.string))),
                    ])
                } ?? .null
            ),
            ("summary", .statement(wijk.summary)),
            ("figures", .array(wijk.figures.map(JSONOut.figure))),
            ("money", .array(wijk.money.map(JSONOut.figure))),
            ("partners", .array(wijk.partners.map(JSONOut.statement))),
            ("goals", .array(wijk.goals.map(JSONOut.statement))),
            ("timeline", .array(wijk.timeline.map(JSONOut.statement))),
            ("paperSays", .array(wijk.paperSays.map(JSONOut.statement))),
            ("location", .location(wijk.location)),
        ])
    }
}
