import SterkStore

/// The rows of `lijst`, as a plain table (the product's TextTable) or as CSV (CSVText).
enum VisitTable {
    private typealias Title = DutchWerkbezoekText.Column

    static let columns = [
        TextColumn(title: Title.reference, priority: 0), TextColumn(title: Title.status, priority: 0),
        TextColumn(title: Title.date, priority: 1), TextColumn(title: Title.municipality, priority: 2),
        TextColumn(title: Title.visitors, priority: 3, flexible: true),
    ]
    /// English snake_case field names, like every `--csv` header (docs/cli-json.md §CSV).
    static let csvHeader = [
        "reference", "status", "status_reason", "date", "confirmed", "municipality",
        "municipality_code", "wijken", "visitors", "host_contact",
    ]

    /// Fits `width` on a terminal; in a pipe (`width` nil) nothing is cut.
    static func plain(_ visits: [Werkbezoek], places: VisitPlaces, width: Int?) -> String {
        let rows = visits.map { visit in
            [
                visit.reference.description, visit.status.rawValue, visit.displaySlot?.dutchShortText ?? "—",
                places.municipalityName(visit.details.municipalityCode),
                visit.details.visitors.map(\.name).joined(separator: ", "),
            ]
        }
        return TextTable(columns: columns, rows: rows).render(width: width)
    }

    /// One row per visit; several wijken or visitors are joined with "; ".
    static func csv(_ visits: [Werkbezoek], places: VisitPlaces) -> String {
        let rows = visits.map { visit in
            let details = visit.details
            return [
                visit.reference.description, visit.status.rawValue, visit.statusReason ?? "",
                visit.displaySlot?.isoText ?? "", DutchListing.yesNo(details.confirmed != nil),
                places.municipalityName(details.municipalityCode), details.municipalityCode,
                places.wijkNames(details.wijkIDs).joined(separator: "; "),
                details.visitors.map(\.name).joined(separator: "; "), details.hostContact?.name ?? "",
            ]
        }
        return CSVText.render(header: csvHeader, rows: rows)
    }
}
