import SterkModel

/// `sterk lijst wijken`: the M50 pilot wijken and the comparison areas.
enum WijkListing {
    static func make(_ dataset: Dataset) -> Listing {
        let wijken = dataset.wijken
        return Listing(
            jsonKey: "wijken",
            columns: [
                TableColumn(title: "Wijk", priority: .max),
                TableColumn(title: "Soort", priority: 5),
                TableColumn(title: "Gemeente", priority: 4),
                TableColumn(title: "Programma", priority: 3, flexible: true),
                TableColumn(title: "Periode", priority: 2),
            ],
            rows: wijken.map { wijk in
                [wijk.name, wijk.kind.label, dataset.municipality(wijk.municipalityCode)?.name ?? wijk.municipalityCode,
                 wijk.programme.map { programmeName($0) } ?? DutchFormat.unknown,
                 wijk.programme?.period ?? DutchFormat.unknown]
            },
            csvHeader: ["id", "name", "kind", "municipality_code", "municipality", "programme", "period"],
            csvRows: wijken.map { wijk in
                [wijk.id, wijk.name, wijk.kind.rawValue, wijk.municipalityCode,
                 dataset.municipality(wijk.municipalityCode)?.name ?? "", wijk.programme?.name ?? "",
                 wijk.programme?.period ?? ""]
            },
            jsonItems: wijken.map { json($0, dataset) })
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
            ("focusArea", .optional(wijk.focusAreaID)),
            ("programme", wijk.programme.map { programme in
                .object([("name", .string(programme.name)), ("period", .optional(programme.period)),
                         ("certainty", .string(programme.certainty.rawValue)),
                         ("sources", .array(programme.sources.map(JSONOut.string)))])
            } ?? .null),
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
