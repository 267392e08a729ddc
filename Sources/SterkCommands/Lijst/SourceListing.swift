import SterkModel

/// `sterk lijst bronnen`: every source with URL and date.
enum SourceListing {
    static func make(_ dataset: Dataset) -> Listing {
        let sources = dataset.sources
        return Listing(
            jsonKey: "sources",
            // What a person needs first: title, publisher, date; the id (for `toon`) and the URL
            // (useless when cut) only where the terminal has room for them.
            columns: [
                TableColumn(title: "Titel", priority: .max, minWidth: 24),
                TableColumn(title: "Uitgever", priority: 4, minWidth: 12),
                TableColumn(title: "Datum", priority: 5),
                TableColumn(title: "Id", priority: 2),
                TableColumn(title: "URL", priority: 1),
            ],
            rows: sources.map {
                [
                    $0.title, $0.publisher ?? DutchFormat.unknown, $0.date?.dutch ?? DutchFormat.unknown, $0.id,
                    urlText($0),
                ]
            },
            csvHeader: ["id", "title", "url", "date", "publisher"],
            csvRows: sources.map { [$0.id, $0.title, $0.url, $0.date?.iso ?? "", $0.publisher ?? ""] },
            jsonItems: sources.map(json))
    }

    static func urlText(_ source: Source) -> String {
        source.url.isEmpty ? "(geen URL)" : source.url
    }

    static func json(_ source: Source) -> JSONOut {
        .object([
            ("id", .string(source.id)), ("title", .string(source.title)), ("url", .string(source.url)),
            ("date", .optional(source.date?.iso)), ("publisher", .optional(source.publisher)),
            ("note", .optional(source.note)),
        ])
    }
}
