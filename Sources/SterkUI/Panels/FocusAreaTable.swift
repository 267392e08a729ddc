import SterkModel

/// The Focusgebieden table: built once at load, with folded search keys and sort keys.
enum FocusAreaTable {
    static let columns = DatasetColumns.focusgebieden.screenColumns

    /// The table over the compact store: nothing per row is built until it is shown.
    static func model(_ dataset: Dataset, unicode: Bool) -> TableModel {
        TableModel(columns: columns, lazy: FocusAreaRows(areas: dataset.focusAreas, unicode: unicode), sortable: true)
    }

    /// One row's cells; the search key and municipality come precomputed from the store.
    static func row(_ area: FocusArea, position: Int, context: FocusAreaContext, searchKey: String, unicode: Bool)
        -> TableRow
    {
        let member = context.isM50[position]
        let cells = [
            TableCell(area.name), TableCell(context.municipalityNames[position]),
            TableCell(context.provinceNames[position]),
            figureCell(area.inhabitants), figureCell(area.lowWelfareShare),
            member
                ? TableCell(unicode ? Dutch.m50Marker : Dutch.m50MarkerASCII, .m50Marker)
                : TableCell(unicode ? Dutch.none : "-", .textDim),
        ]
        return TableRow(
            cells: cells, searchKey: searchKey, sortKeys: [], target: .focusArea(area.id), isM50: member,
            provinceCode: context.provinceCodes[position])
    }

    /// The province codes of the municipalities that have focus areas (one pass over a column).
    static func provinceCodes(_ areas: FocusAreaList) -> Set<String> {
        let store = areas.store
        var seen = [Bool](repeating: false, count: store.context.municipalityNames.count)
        for row in 0..<store.count { seen[store.municipalityPosition(row)] = true }
        return Set(seen.indices.filter { seen[$0] }.compactMap { store.context.provinceCodes[$0] })
    }

    /// A number cell: the short value, or "onbekend" in the gap role.
    static func figureCell(_ figure: Figure?) -> TableCell {
        guard let figure, let number = figure.value else { return TableCell(Dutch.unknown, .gap) }
        let text = figure.unit == .percent ? FigureFormat.decimal(number) + " %" : FigureFormat.grouped(number)
        return TableCell(figure.approx && figure.unit != .persons ? Dutch.approxPrefix + text : text)
    }
}
