import SterkModel

/// The Gemeenten table: the M50 members of the dated member list.
enum MunicipalityTable {
    static let columns = DatasetColumns.gemeenten.screenColumns

    static func model(_ dataset: Dataset) -> TableModel {
        let pilots = Dictionary(grouping: dataset.wijken.filter { $0.kind == .pilot }, by: \.municipalityCode)
        let store = dataset.focusAreas.store
        // One pass over the municipality column: the first few areas and the count of each.
        var first = [[Int]](repeating: [], count: store.context.municipalityNames.count)
        var counts = [Int](repeating: 0, count: first.count)
        for area in 0..<store.count {
            let position = store.municipalityPosition(area)
            counts[position] += 1
            if first[position].count < areaLimit { first[position].append(area) }
        }
        let rows = dataset.m50.memberList.members.map { member in
            let position = store.context.position(of: member.municipalityCode)
            let known = position != store.context.unknownPosition
            return row(
                member, dataset, pilots: pilots[member.municipalityCode] ?? [],
                areas: known ? first[position].map { dataset.focusAreas[$0] } : [],
                areaCount: known ? counts[position] : 0)
        }
        // Alphabetical, as people look a municipality up (the member list's own order means nothing to them).
        let sorted = rows.sorted { SearchFold.fold($0.cells[0].text) < SearchFold.fold($1.cells[0].text) }
        return TableModel(columns: columns, rows: sorted, sortable: true)
    }

    /// A cell lists this many focus-area names at most (a big dataset has thousands per municipality).
    static let areaLimit = 10

    static func row(_ member: M50.Member, _ dataset: Dataset, pilots: [Wijk], areas: [FocusArea], areaCount: Int)
        -> TableRow
    {
        let municipality = dataset.municipality(member.municipalityCode)
        let name = municipality?.name ?? member.listedName
        let province = dataset.provinceName(ofMunicipality: member.municipalityCode)
        let pilotText = pilots.map(\.name).joined(separator: ", ")
        let areaText = areas.map(\.name).joined(separator: ", ") + (areaCount > areas.count ? ", …" : "")
        let cells = [
            TableCell(name), TableCell(province), TableCell(member.municipalityCode),
            FocusAreaTable.figureCell(municipality?.inhabitants),
            pilotText.isEmpty ? TableCell(Dutch.none, .textDim) : TableCell(pilotText, .m50Marker),
            areaText.isEmpty ? TableCell(Dutch.none, .textDim) : TableCell(areaText),
        ]
        let key =
            [name, member.listedName, member.municipalityCode, province, pilotText, areaText]
            + (municipality?.aliases ?? [])
        return TableRow(
            cells: cells, searchKey: SearchFold.fold(key.joined(separator: " ")),
            sortKeys: [
                .text(SearchFold.fold(name)), .text(SearchFold.fold(province)),
                .text(member.municipalityCode), .number(municipality?.inhabitants?.value),
                .text(SearchFold.fold(pilotText)), .text(SearchFold.fold(areaText)),
            ],
            target: .municipality(member.municipalityCode), isM50: true,
            provinceCode: municipality?.provinceCode)
    }
}
