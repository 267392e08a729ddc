import SterkModel

/// The Bronnen table: every source, searchable on title, publisher, id, address and note.
enum SourceTable {
    static let columns = DatasetColumns.bronnen.screenColumns

    static func model(_ dataset: Dataset) -> TableModel {
        TableModel(columns: columns, rows: dataset.sources.map(row), sortable: true)
    }

    static func row(_ source: Source) -> TableRow {
        let cells = [
            TableCell(source.title),
            source.publisher.map { TableCell($0) } ?? TableCell(Dutch.unknown, .gap),
            source.date.map { TableCell($0.dutch) } ?? TableCell(Dutch.unknown, .gap),
        ]
        let key = [source.title, source.publisher ?? "", source.id, source.url, source.note ?? ""].joined(
            separator: " ")
        return TableRow(
            cells: cells, searchKey: SearchFold.fold(key),
            sortKeys: [
                .text(SearchFold.fold(source.title)), .text(SearchFold.fold(source.publisher ?? "")),
                .text(source.date?.iso ?? ""),
            ],
            target: .source(source.id))
    }
}
