import Testing
@testable import SterkUI

@Suite("Zoeken")
struct SearchTests {
    @Test("zoeken negeert hoofdletters en accenten, n/N springen")
    func searchAndNext() {
        var dashboard = Fixtures.dashboard()
        dashboard.show(.focusgebieden)
        dashboard.press(.startSearch)
        dashboard.type("FRYSLAN")
        #expect(dashboard.selectedRowTarget == .focusArea("leeuwarden-oost"), "Fryslân matches FRYSLAN")
        dashboard.press(.eraseSearchCharacter)
        #expect(dashboard.state.search?.query == "FRYSLA")
        dashboard.press(.cancelSearch)
        #expect(dashboard.state.search == nil)

        dashboard.press(.startSearch)
        dashboard.type("amsterdam")
        dashboard.press(.confirmSearch)
        #expect(dashboard.state.search?.matches.count == 2)
        let first = dashboard.selectedRowTarget
        dashboard.press(.searchNext)
        let second = dashboard.selectedRowTarget
        #expect(first != second)
        dashboard.press(.searchNext)
        #expect(dashboard.selectedRowTarget == first, "wraps round")
        dashboard.press(.searchPrevious)
        #expect(dashboard.selectedRowTarget == second)
        #expect(dashboard.statusText == "treffer 2 van 2")
    }

    @Test("elke nieuwe letter verfijnt het vorige resultaat")
    func narrowing() {
        var dashboard = Fixtures.dashboard()
        dashboard.show(.bronnen)
        dashboard.press(.startSearch)
        dashboard.type("c")
        let broad = dashboard.state.search?.matches ?? []
        dashboard.type("bs")
        let narrow = dashboard.state.search?.matches ?? []
        #expect(broad.count > narrow.count)
        #expect(Set(narrow).isSubset(of: Set(broad)))
        #expect(dashboard.state.search?.steps.count == 3)
        #expect(!narrow.isEmpty)
    }

    @Test("treffers worden gemarkeerd in de getoonde rij")
    func highlight() {
        var dashboard = Fixtures.dashboard()
        dashboard.show(.focusgebieden)
        dashboard.press(.startSearch)
        dashboard.type("noord")
        let buffer = dashboard.view(width: 80, height: 24)
        let row = (0..<24).first { buffer.line($0).contains("Breda-Noord") } ?? -1
        let column = buffer.line(row).distance(of: "Noord")
        #expect(dashboard.selectedRowTarget == .focusArea("groningen-noord"), "first match selected")
        #expect(buffer[column, row].style == dashboard.theme[.searchMatch])
        #expect(buffer[column - 1, row].style != dashboard.theme[.searchMatch])
    }

    @Test("zoeken in een tekstpaneel (Contact)")
    func searchDocument() {
        var dashboard = Fixtures.dashboard()
        dashboard.show(.contact)
        dashboard.press(.startSearch)
        dashboard.type("telefoon")
        #expect(dashboard.state.search?.matches.isEmpty == false)
        #expect(dashboard.focusedDocumentParagraph?.plainText.contains("Telefoon") == true)
    }

    @Test("n zonder zoekopdracht zegt dat in de statusregel")
    func nextWithoutSearch() {
        var dashboard = Fixtures.dashboard()
        dashboard.press(.searchNext)
        #expect(dashboard.statusText == Dutch.noSearch)
    }
}
