import SterkModel

/// The Wijken table: the M50 pilots and the comparison areas first, then every CBS wijk
/// of the newest imported table (3,393 in 2024), so any wijk is found by search.
enum WijkTable {
    static let columns = DatasetColumns.wijken.screenColumns

    /// Rows without building anything: curated wijken plus the CBS wijken, counted from the row text.
    static func rowCount(_ dataset: Dataset) -> Int { dataset.wijken.count + dataset.cbsWijkCount }

    static func model(_ dataset: Dataset, unicode: Bool) -> TableModel {
        let curated = dataset.wijken.map { row($0, dataset, unicode: unicode) }
        let cbs = dataset.wijkTable.map { table in table.rows(level: .wijk).map { cbsRow(table, $0, dataset) } } ?? []
        return TableModel(columns: columns, rows: curated + cbs, sortable: true)
    }

    static func row(_ wijk: Wijk, _ dataset: Dataset, unicode: Bool) -> TableRow {
        let municipality = dataset.municipality(wijk.municipalityCode)?.name ?? Dutch.unknown
        let member = dataset.isM50Member(wijk.municipalityCode)
        let kind = wijk.kind == .pilot ? (unicode ? "● " : "* ") + wijk.kind.label : wijk.kind.label
        let programme = wijk.programme.map { $0.name + ($0.period.map { ", \($0)" } ?? "") }
        // No number here: a pilot's CBS wijk is larger than the pilot (Vollenhove lies in
        // Zeist-Noord), so the figure belongs on the CBS wijk's own row and in the fiche,
        // where its label says which area it counts.
        let inhabitants: Figure? = nil
        let cells = [
            TableCell(wijk.name), TableCell(kind, wijk.kind == .pilot ? .m50Marker : .text), TableCell(municipality),
            TableCell(Dutch.none, .textDim),
            programme.map { TableCell($0) } ?? TableCell(Dutch.unknown, .gap),
        ]
        let key = [wijk.name, wijk.id, wijk.kind.label, municipality, programme ?? ""] + wijk.cbsAreas
        return TableRow(
            cells: cells, searchKey: SearchFold.fold(key.joined(separator: " ")),
            sortKeys: [
                .text(SearchFold.fold(wijk.name)), .text(SearchFold.fold(kind)), .text(SearchFold.fold(municipality)),
                .number(inhabitants?.value), .text(SearchFold.fold(programme ?? "")),
            ],
            target: .wijk(wijk.id), isM50: member,
            provinceCode: dataset.municipality(wijk.municipalityCode)?.provinceCode)
    }

    static func cbsRow(_ table: AreaTable, _ row: Int, _ dataset: Dataset) -> TableRow {
        let area = table.area(row)
        let municipality = dataset.municipality(area.municipalityCode)
        let municipalityName = municipality?.name ?? Dutch.unknown
        let inhabitants = table.columnIndex("inwoners").flatMap { table.value(row, column: $0) }
        let cells = [
            TableCell(area.displayName), TableCell(Dutch.cbsKindColumn, .textDim), TableCell(municipalityName),
            inhabitants.map { TableCell(FigureFormat.grouped($0)) } ?? TableCell(Dutch.unknown, .gap),
            TableCell(Dutch.none, .textDim),
        ]
        let province = dataset.provinceName(ofMunicipality: area.municipalityCode)
        let key = [area.displayName, area.code, Dutch.cbsKindColumn, municipalityName, province].joined(separator: " ")
        return TableRow(
            cells: cells, searchKey: SearchFold.fold(key),
            sortKeys: [
                .text(SearchFold.fold(area.displayName)), .text("cbs-wijk"), .text(SearchFold.fold(municipalityName)),
                .number(inhabitants), .text(""),
            ],
            target: .cbsArea(area.code), isM50: dataset.isM50Member(area.municipalityCode),
            provinceCode: municipality?.provinceCode)
    }
}
