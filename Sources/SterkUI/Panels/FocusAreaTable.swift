import SterkModel

/// The Focusgebieden table: built once at load, with folded search keys and sort keys.
enum FocusAreaTable {
    static let columns = [
        TableColumn(title: Dutch.columnName, preferred: 26, minimum: 14, priority: 0),
        TableColumn(title: Dutch.columnMunicipality, preferred: 14, minimum: 9, priority: 3),
        TableColumn(title: Dutch.columnProvince, preferred: 13, minimum: 8, priority: 5),
        TableColumn(title: Dutch.columnInhabitants, preferred: 10, minimum: 9, priority: 2, alignRight: true),
        TableColumn(title: Dutch.columnLowWelfare, preferred: 10, minimum: 10, priority: 4, alignRight: true),
        TableColumn(title: Dutch.columnM50, preferred: 6, minimum: 5, priority: 1),
    ]

    static func model(_ dataset: Dataset, unicode: Bool) -> TableModel {
        TableModel(columns: columns, rows: dataset.focusAreas.map { row($0, dataset, unicode: unicode) }, sortable: true)
    }

    static func row(_ area: FocusArea, _ dataset: Dataset, unicode: Bool) -> TableRow {
        let municipality = dataset.municipality(area.municipalityCode)?.name ?? Dutch.unknown
        let province = dataset.provinceName(ofMunicipality: area.municipalityCode)
        let member = dataset.isM50Member(area.municipalityCode)
        let cells = [
            TableCell(area.name), TableCell(municipality), TableCell(province),
            figureCell(area.inhabitants), figureCell(area.lowWelfareShare),
            member ? TableCell(unicode ? Dutch.m50Marker : Dutch.m50MarkerASCII, .m50Marker)
                : TableCell(unicode ? Dutch.none : "-", .textDim),
        ]
        let key = [area.name, area.name2022 ?? "", area.id, municipality, province, member ? "m50" : ""]
            .joined(separator: " ")
        return TableRow(cells: cells, searchKey: SearchFold.fold(key),
                        sortKeys: [.text(SearchFold.fold(area.name)), .text(SearchFold.fold(municipality)),
                                   .text(SearchFold.fold(province)), .number(area.inhabitants.value),
                                   .number(area.lowWelfareShare.value), .number(member ? 1 : 0)],
                        target: .focusArea(area.id), isM50: member,
                        provinceCode: dataset.municipality(area.municipalityCode)?.provinceCode)
    }

    /// A number cell: the short value, or "onbekend" in the gap role.
    static func figureCell(_ figure: Figure?) -> TableCell {
        guard let figure, let number = figure.value else { return TableCell(Dutch.unknown, .gap) }
        let text = figure.unit == .percent ? FigureFormat.decimal(number) + " %" : FigureFormat.grouped(number)
        return TableCell(figure.approx && figure.unit != .persons ? Dutch.approxPrefix + text : text)
    }
}
