import SterkModel
import SterkUI

/// `sterk lijst wijken`: the M50 pilot wijken and the comparison areas; with `--alle` also
/// every CBS wijk of the newest imported table.
enum WijkListing {
    static func make(_ dataset: Dataset, all: Bool = false) -> Listing {
        let wijken = dataset.wijken
        let areas = all ? dataset.allCBSWijken : []
        var listing = Listing(
            jsonKey: "wijken", columns: DatasetColumns.wijken, items: wijken, cell: { text($0, $1, dataset) },
            csvHeader: ["id", "name", "kind", "municipality_code", "municipality", "programme", "period"],
            csvRows: wijken.map { wijk in
                [
                    wijk.id, wijk.name, wijk.kind.rawValue, wijk.municipalityCode,
                    dataset.municipality(wijk.municipalityCode)?.name ?? "", wijk.programme?.name ?? "",
                    wijk.programme?.period ?? "",
                ]
            },
            jsonItems: wijken.map { json($0, dataset) })
        let listed = DatasetColumns.wijken.listed
        listing.rows += areas.map { area in listed.map { text($0.id, area, dataset) } }
        listing.csvRows += areas.map {
            [$0.code, $0.name, "cbs-wijk", $0.municipalityCode, municipalityName($0.municipalityCode, dataset), "", ""]
        }
        listing.jsonItems += areas.map { CBSAreaJSON.item($0, dataset) }
        return listing
    }

    /// A curated wijk's cell in one column (the columns are `DatasetColumns.wijken`).
    static func text(_ column: ColumnID, _ wijk: Wijk, _ dataset: Dataset) -> String {
        switch column {
        case .name: wijk.name
        case .kind: wijk.kind.label
        case .municipality: municipalityName(wijk.municipalityCode, dataset)
        case .programme: wijk.programme.map { programmeName($0) } ?? DutchFormat.unknown
        case .period: wijk.programme?.period ?? DutchFormat.unknown
        default: ""
        }
    }

    /// A CBS wijk's cell: its inhabitants stand where a curated wijk has its programme.
    static func text(_ column: ColumnID, _ area: CBSArea, _ dataset: Dataset) -> String {
        switch column {
        case .name: area.displayName
        case .kind: DutchListing.cbsWijk
        case .municipality: municipalityName(area.municipalityCode, dataset)
        case .programme:
            dataset.cbsInhabitants(area.code).map(DutchFormat.value).map(DutchListing.inhabitants)
                ?? DutchFormat.unknown
        case .period: "–"
        default: ""
        }
    }

    static func municipalityName(_ code: String, _ dataset: Dataset) -> String {
        dataset.municipality(code)?.name ?? code
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
