import SterkModel
import SterkUI

/// `sterk lijst focusgebieden`: the 20 NPLV focus areas.
enum FocusAreaListing {
    static func make(_ dataset: Dataset) -> Listing {
        let areas = dataset.focusAreas
        return Listing(
            jsonKey: "focusAreas", columns: DatasetColumns.focusgebieden, items: areas,
            cell: { text($0, $1, dataset) },
            csvHeader: [
                "id", "name", "municipality_code", "municipality", "province", "inhabitants",
                "inhabitants_as_of", "low_welfare_pct", "m50_member",
            ],
            csvRows: areas.map { area in
                [
                    area.id, area.name, area.municipalityCode, dataset.municipality(area.municipalityCode)?.name ?? "",
                    dataset.provinceName(ofMunicipality: area.municipalityCode),
                    CSVValue.number(area.inhabitants.value),
                    area.inhabitants.asOf?.iso ?? "", CSVValue.number(area.lowWelfareShare.value),
                    CSVValue.yesNo(dataset.isM50Member(area.municipalityCode)),
                ]
            },
            jsonItems: areas.map { json($0, dataset) })
    }

    /// The table cell of one column (the columns are `DatasetColumns.focusgebieden`).
    static func text(_ column: ColumnID, _ area: FocusArea, _ dataset: Dataset) -> String {
        switch column {
        case .name: area.name
        case .municipality: dataset.municipality(area.municipalityCode)?.name ?? area.municipalityCode
        case .province: dataset.provinceName(ofMunicipality: area.municipalityCode)
        case .inhabitants: DutchFormat.value(of: area.inhabitants)
        case .lowWelfare: DutchFormat.value(of: area.lowWelfareShare)
        case .m50: m50Text(area, dataset)
        default: ""
        }
    }

    static func m50Text(_ area: FocusArea, _ dataset: Dataset) -> String {
        DutchListing.m50Member(dataset.isM50Member(area.municipalityCode))
    }
    static func json(_ area: FocusArea, _ dataset: Dataset) -> JSONOut {
        .object([
            ("id", .string(area.id)),
            ("name", .string(area.name)),
            ("name2022", .optional(area.name2022)),
            ("municipality", .municipalityRef(area.municipalityCode, in: dataset)),
            ("cohort", .string(area.cohort.rawValue)),
            ("inhabitants", .figure(area.inhabitants)),
            ("lowWelfareShare", .figure(area.lowWelfareShare)),
            ("m50Member", .bool(dataset.isM50Member(area.municipalityCode))),
            ("location", .location(area.location)),
        ])
    }
}
