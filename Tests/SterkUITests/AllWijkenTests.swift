import Testing
@testable import SterkModel
@testable import SterkUI

/// Every CBS wijk is in the Wijken view, found by search, and reachable from its municipality.
@Suite("Alle wijken")
struct AllWijkenTests {
    func searchWijken(_ query: String) -> [Target] {
        var dashboard = Fixtures.dashboard()
        dashboard.show(.wijken)
        dashboard.press(.startSearch)
        dashboard.type(query)
        dashboard.press(.confirmSearch)
        var found: [Target] = []
        for _ in 0..<(dashboard.state.search?.matches.count ?? 0) {
            if let target = dashboard.selectedRowTarget { found.append(target) }
            dashboard.press(.searchNext)
        }
        return found
    }

    @Test("de Wijken-tabel heeft de pilots, de vergelijkingsgebieden en alle 3.393 CBS-wijken")
    func everyWijk() throws {
        let table = try #require(WijkTable.model(Fixtures.bundled, unicode: true) as TableModel?)
        #expect(table.rowCount == 6 + 3_393)
        #expect(WijkTable.rowCount(Fixtures.bundled) == table.rowCount)
    }

    @Test("zoeken vindt de pilot en haar CBS-wijk")
    func searchFindsPilotAndCBSWijk() {
        #expect(searchWijken("dommelbergen") == [.wijk("dommelbergen"), .cbsArea("WK082606")])
        #expect(searchWijken("overvecht") == [.wijk("overvecht"), .cbsArea("WK034403")])
        #expect(searchWijken("WK0363AA") == [.cbsArea("WK0363AA")], "Amsterdam's codes have letters")
    }

    @Test("de fiche van een CBS-wijk toont haar cijfers met bron en de Leefbaarometer")
    func cbsWijkDetail() throws {
        let parts = DocumentParts(dataset: Fixtures.bundled, unicode: true)
        let document = try #require(parts.detail(.cbsArea("WK082606")))
        let text = document.paragraphs.map(\.plainText).joined(separator: "\n")
        #expect(text.contains("Wijk 06 Dommelbergen"))
        #expect(text.contains("13.155"))
        #expect(text.contains("2024: score "))
        #expect(text.contains(PilotComparison.trendCaution))
        #expect(document.paragraphs.contains { $0.target == .wijk("dommelbergen") }, "links to the pilot it stands for")
    }

    @Test("vanuit een gemeente haar wijken")
    func municipalityListsItsWijken() throws {
        let parts = DocumentParts(dataset: Fixtures.bundled, unicode: true)
        let document = try #require(parts.detail(.municipality("GM0355")))
        let targets = document.paragraphs.compactMap(\.target)
        #expect(
            targets.filter { if case .cbsArea = $0 { true } else { false } }
                == ["WK035501", "WK035502", "WK035503", "WK035504", "WK035505"].map(Target.cbsArea))
    }

    @Test("de pilotfiche noemt haar CBS-gebied zoals de bron het zegt")
    func pilotNamesItsCBSArea() throws {
        let parts = DocumentParts(dataset: Fixtures.bundled, unicode: true)
        let document = try #require(parts.detail(.wijk("vollenhove")))
        let line = try #require(document.paragraphs.first { $0.target == .cbsArea("WK035502") })
        #expect(line.plainText == "CBS-gebied: wijk Zeist-Noord, waarin Vollenhove ligt (WK035502)")
    }
}
