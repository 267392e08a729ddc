import SterkModel

/// The Wijken table: M50 pilots and the comparison areas.
enum WijkTable {
    static let columns = [
        TableColumn(title: Dutch.columnName, preferred: 22, minimum: 12, priority: 0),
        TableColumn(title: Dutch.columnKind, preferred: 20, minimum: 10, priority: 1),
        TableColumn(title: Dutch.columnMunicipality, preferred: 14, minimum: 9, priority: 2),
        TableColumn(title: Dutch.columnProgramme, preferred: 30, minimum: 10, priority: 3),
    ]

    static func model(_ dataset: Dataset, unicode: Bool) -> TableModel {
        TableModel(columns: columns, rows: dataset.wijken.map { row($0, dataset, unicode: unicode) }, sortable: true)
    }

    static func row(_ wijk: Wijk, _ dataset: Dataset, unicode: Bool) -> TableRow {
        let municipality = dataset.municipality(wijk.municipalityCode)?.name ?? Dutch.unknown
        let member = dataset.isM50Member(wijk.municipalityCode)
        let kind = wijk.kind == .pilot ? (unicode ? "● " : "* ") + wijk.kind.label : wijk.kind.label
        let programme = wijk.programme.map { $0.name + ($0.period.map { ", \($0)" } ?? "") }
        let cells = [
            TableCell(wijk.name), TableCell(kind, wijk.kind == .pilot ? .m50Marker : .text), TableCell(municipality),
            programme.map { TableCell($0) } ?? TableCell(Dutch.unknown, .gap),
        ]
        let key = [wijk.name, wijk.id, wijk.kind.label, municipality, programme ?? "", wijk.cbsCode ?? ""]
            .joined(separator: " ")
        return TableRow(cells: cells, searchKey: SearchFold.fold(key),
                        sortKeys: cells.map { .text(SearchFold.fold($0.text)) }, target: .wijk(wijk.id),
                        isM50: member, provinceCode: dataset.municipality(wijk.municipalityCode)?.provinceCode)
    }
}
