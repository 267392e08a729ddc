import Testing
@testable import SterkModel
@testable import SterkUI

@Suite("Grote tabellen")
struct BigTableTests {
    static let dataset: Dataset = {
        do {
            return try DatasetLoader.decode(bytes: SyntheticDataset.generate(count: 2000, seed: 11), fileName: "s.json")
        } catch { fatalError("synthetic dataset: \(error)") }
    }()

    @Test(
        "typen verfijnt het vorige resultaat en geeft hetzelfde als opnieuw zoeken",
        arguments: ["oost", "ëlsterveld", "VELD", "gm00", "fg-00012", "noord m50", "zzz", "e"])
    func incrementalEqualsFresh(query: String) {
        var dashboard = Fixtures.dashboard(width: 120, height: 40, dataset: Self.dataset)
        dashboard.show(.focusgebieden)
        dashboard.press(.startSearch)
        dashboard.type(query)
        let keys = dashboard.catalog.tables[.focusgebieden]?.searchKeys
        let folded = SearchFold.fold(query)
        let fresh = keys?.rows(containing: folded) ?? []
        let bruteForce = (0..<Self.dataset.focusAreas.count).filter {
            Self.dataset.focusAreas.store.searchKey($0).contains(folded)
        }
        #expect(dashboard.state.search?.matches == fresh)
        #expect(fresh == bruteForce)
        for (index, step) in (dashboard.state.search?.steps ?? []).enumerated() {
            let prefix = SearchFold.fold(String(query.prefix(index + 1)))
            #expect(step == keys?.rows(containing: prefix), "stap \(index + 1)")
        }
    }

    @Test("de zoeksleutel is dezelfde tekst als voorheen per rij gevouwen werd")
    func searchKeyText() {
        let areas = Self.dataset.focusAreas
        for row in [0, 1, 999, 1999] {
            let area = areas[row]
            let municipality = Self.dataset.municipality(area.municipalityCode)?.name ?? "onbekend"
            let province = Self.dataset.provinceName(ofMunicipality: area.municipalityCode)
            let member = Self.dataset.isM50Member(area.municipalityCode)
            let old = SearchFold.fold(
                [area.name, area.name2022 ?? "", area.id, municipality, province, member ? "m50" : ""]
                    .joined(separator: " "))
            #expect(areas.store.searchKey(row) == old)
        }
    }

    @Test(
        "kolomsortering over de opslag is stabiel en gelijk aan sorteren van de rijen", arguments: [0, 1, 2, 3, 4, 5])
    func sortsMatchRows(column: Int) {
        let model = FocusAreaTable.model(Self.dataset, unicode: true)
        let areas = Self.dataset.focusAreas
        let keys: [SortKey] = areas.indices.map { row in
            let area = areas[row]
            switch column {
            case 0: return .text(SearchFold.fold(area.name))
            case 1: return .text(SearchFold.fold(Self.dataset.municipality(area.municipalityCode)?.name ?? "onbekend"))
            case 2: return .text(SearchFold.fold(Self.dataset.provinceName(ofMunicipality: area.municipalityCode)))
            case 3: return .number(area.inhabitants.value)
            case 4: return .number(area.lowWelfareShare.value)
            default: return .number(Self.dataset.isM50Member(area.municipalityCode) ? 1 : 0)
            }
        }
        let rows = areas.indices.map {
            TableRow(
                cells: [], searchKey: "", sortKeys: Array(repeating: keys[$0], count: 6),
                target: .focusArea(areas.store.id($0)))
        }
        let reference = TableModel(columns: FocusAreaTable.columns, rows: rows, sortable: true)
        for ascending in [true, false] {
            #expect(
                model.sortedOrder(column: column, ascending: ascending)
                    == reference.sortedOrder(column: column, ascending: ascending))
        }
    }

    @Test("een rij verplaatsen maakt alleen zichtbare rijen en vindt het detail via de id-index")
    func moveAndDetail() {
        var dashboard = Fixtures.dashboard(width: 120, height: 40, dataset: Self.dataset)
        dashboard.show(.focusgebieden)
        for _ in 0..<50 { dashboard.press(.moveDown) }
        #expect(dashboard.selectedRowTarget == .focusArea("fg-0000051"))
        #expect(dashboard.tableDetail(.focusgebieden) != nil)
        #expect(dashboard.screen(120, 40).contains("51/2000"))
    }
}
