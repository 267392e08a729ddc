import SterkModel
import SterkUI

/// `sterk lijst gemeenten`: the M50 members, or with `--alle` every municipality of 2023.
enum MunicipalityListing {
    static func make(_ dataset: Dataset, all: Bool) -> Listing {
        let municipalities =
            all
            ? dataset.municipalities
            : dataset.m50.memberList.members.compactMap { dataset.municipality($0.municipalityCode) }
        let sorted = municipalities.sorted { SearchFold.fold($0.name) < SearchFold.fold($1.name) }
        return Listing(
            jsonKey: "municipalities", columns: DatasetColumns.gemeenten, items: sorted,
            cell: { text($0, $1, dataset) },
            csvHeader: ["code", "name", "province", "inhabitants", "inhabitants_as_of", "m50_member"],
            csvRows: sorted.map { municipality in
                [
                    municipality.code, municipality.name, dataset.provinceName(ofMunicipality: municipality.code),
                    CSVValue.number(municipality.inhabitants?.value), municipality.inhabitants?.asOf?.iso ?? "",
                    CSVValue.yesNo(dataset.isM50Member(municipality.code)),
                ]
            },
            jsonItems: sorted.map { json($0, dataset) })
    }

    /// The table cell of one column (the columns are `DatasetColumns.gemeenten`).
    static func text(_ column: ColumnID, _ municipality: Municipality, _ dataset: Dataset) -> String {
        switch column {
        case .name: municipality.name
        case .province: dataset.provinceName(ofMunicipality: municipality.code)
        case .code: municipality.code
        case .inhabitants: municipality.inhabitants.map(DutchFormat.describe) ?? DutchFormat.unknown
        case .m50: DutchListing.m50Member(dataset.isM50Member(municipality.code))
        default: ""
        }
    }
    static func json(_ municipality: Municipality, _ dataset: Dataset) -> JSONOut {
        .object([
            ("code", .string(municipality.code)),
            ("name", .string(municipality.name)),
            ("province", .string(dataset.provinceName(ofMunicipality: municipality.code))),
            ("aliases", .array(municipality.aliases.map(JSONOut.string))),
            ("inhabitants", .figure(municipality.inhabitants)),
            ("m50Member", .bool(dataset.isM50Member(municipality.code))),
            ("location", .location(municipality.location)),
        ])
    }
}
