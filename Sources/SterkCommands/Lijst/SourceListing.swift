import SterkModel
import SterkUI

/// `sterk lijst bronnen`: every source with URL and date.
enum SourceListing {
    static func make(_ dataset: Dataset) -> Listing {
        let sources = dataset.sources
        return Listing(
            jsonKey: "sources", columns: DatasetColumns.bronnen, items: sources, cell: text,
            csvHeader: ["id", "title", "url", "date", "publisher"],
            csvRows: sources.map { [$0.id, $0.title, $0.url, $0.date?.iso ?? "", $0.publisher ?? ""] },
            jsonItems: sources.map(json))
    }

    /// The table cell of one column (the columns are `DatasetColumns.bronnen`).
    static func text(_ column: ColumnID, _ source: Source) -> String {
        switch column {
        case .title: source.title
        case .publisher: source.publisher ?? DutchFormat.unknown
        case .date: source.date?.dutch ?? DutchFormat.unknown
        case .id: source.id
        case .url: urlText(source)
        default: ""
        }
    }
    static func urlText(_ source: Source) -> String {
        source.url.isEmpty ? DutchListing.noURL : source.url
    }

    static func json(_ source: Source) -> JSONOut {
        .object([
            ("id", .string(source.id)), ("title", .string(source.title)), ("url", .string(source.url)),
            ("date", .optional(source.date?.iso)), ("publisher", .optional(source.publisher)),
            ("note", .optional(source.note)),
        ])
    }
}
