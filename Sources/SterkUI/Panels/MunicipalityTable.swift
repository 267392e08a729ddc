import SterkModel

/// The Gemeenten table: the M50 members of the dated member list.
enum MunicipalityTable {
    static let columns = [
        TableColumn(title: Dutch.columnMunicipality, preferred: 22, minimum: 12, priority: 0),
        TableColumn(title: Dutch.columnProvince, preferred: 14, minimum: 9, priority: 3),
        TableColumn(title: Dutch.columnCode, preferred: 8, minimum: 8, priority: 4),
        TableColumn(title: Dutch.columnInhabitants, preferred: 10, minimum: 8, priority: 5, alignRight: true),
        TableColumn(title: Dutch.columnPilot, preferred: 14, minimum: 6, priority: 1),
        TableColumn(title: Dutch.columnFocus, preferred: 24, minimum: 8, priority: 2),
    ]

    static func model(_ dataset: Dataset) -> TableModel {
        let pilots = Dictionary(grouping: dataset.wijken.filter { $0.kind == .pilot }, by: \.municipalityCode)
        let areas = Dictionary(grouping: dataset.focusAreas, by: \.municipalityCode)
        let rows = dataset.m50.memberList.members.map { member in
            row(member, dataset, pilots: pilots[member.municipalityCode] ?? [], areas: areas[member.municipalityCode] ?? [])
        }
        return TableModel(columns: columns, rows: rows, sortable: true)
    }

    static func row(_ member: M50.Member, _ dataset: Dataset, pilots: [Wijk], areas: [FocusArea]) -> TableRow {
        let municipality = dataset.municipality(member.municipalityCode)
        let name = municipality?.name ?? member.listedName
        let province = dataset.provinceName(ofMunicipality: member.municipalityCode)
        let pilotText = pilots.map(\.name).joined(separator: ", ")
        let areaText = areas.map(\.name).joined(separator: ", ")
        let cells = [
            TableCell(name), TableCell(province), TableCell(member.municipalityCode),
            FocusAreaTable.figureCell(municipality?.inhabitants),
            pilotText.isEmpty ? TableCell(Dutch.none, .textDim) : TableCell(pilotText, .m50Marker),
            areaText.isEmpty ? TableCell(Dutch.none, .textDim) : TableCell(areaText),
        ]
        let key = [name, member.listedName, member.municipalityCode, province, pilotText, areaText]
            + (municipality?.aliases ?? [])
        return TableRow(cells: cells, searchKey: SearchFold.fold(key.joined(separator: " ")),
                        sortKeys: [.text(SearchFold.fold(name)), .text(SearchFold.fold(province)),
                                   .text(member.municipalityCode), .number(municipality?.inhabitants?.value),
                                   .text(SearchFold.fold(pilotText)), .text(SearchFold.fold(areaText))],
                        target: .municipality(member.municipalityCode), isM50: true,
                        provinceCode: municipality?.provinceCode)
    }
}
