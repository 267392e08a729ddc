import Testing
@testable import SterkUI

@Suite("Sorteren en filteren")
struct TableTests {
    func names(_ dashboard: Dashboard) -> [String] {
        guard let model = dashboard.catalog.tables[dashboard.currentPanel],
            let order = dashboard.state.current.table?.order
        else { return [] }
        return order.map { model.rows[$0].cells[0].text }
    }

    @Test("sorteren op elke kolom, en omdraaien")
    func sort() {
        var dashboard = Fixtures.dashboard()
        dashboard.show(.focusgebieden)
        dashboard.press(.sortNextColumn)
        #expect(names(dashboard).first == "Amsterdam Nieuw-West")
        dashboard.press(.sortNextColumn)
        dashboard.press(.sortNextColumn)
        dashboard.press(.sortNextColumn)
        #expect(dashboard.state.current.table?.sortColumn == 3)
        #expect(names(dashboard).first == "Vlaardingen Westwijk", "fewest inhabitants first")
        dashboard.press(.reverseSort)
        #expect(names(dashboard).first == "Rotterdam-Zuid")
        #expect(dashboard.screen(120, 40).contains("▼Inwoners"))
        dashboard.press(.sortNextColumn)
        #expect(names(dashboard).first == "Rotterdam-Zuid", "13,9 % is the lowest known share")
        #expect(
            names(dashboard).last.map { ["Leeuwarden Oost", "Roosendaal Ring"].contains($0) } == true,
            "gaps sort last")
    }

    @Test("selectie blijft op dezelfde rij na sorteren")
    func selectionSurvivesSort() {
        var dashboard = Fixtures.dashboard()
        dashboard.show(.focusgebieden)
        dashboard.press(.moveDown)
        let before = dashboard.selectedRowTarget
        dashboard.press(.sortNextColumn)
        #expect(dashboard.selectedRowTarget == before)
    }

    @Test("filter op M50 en zonder M50, op provincie, en wissen")
    func filters() {
        var dashboard = Fixtures.dashboard()
        dashboard.show(.focusgebieden)
        dashboard.press(.cycleM50Filter)
        #expect(names(dashboard) == ["Nieuwegein Centrale As"])
        #expect(dashboard.screen().contains("1 van 20"))
        dashboard.press(.cycleM50Filter)
        #expect(names(dashboard).count == 19)
        dashboard.press(.cycleM50Filter)
        dashboard.press(.cycleProvinceFilter)
        let province = dashboard.state.current.table?.province
        #expect(province != nil)
        let all = dashboard.catalog.tables[.focusgebieden]?.rows ?? []
        #expect(dashboard.state.current.table?.order.allSatisfy { all[$0].provinceCode == province } == true)
        dashboard.press(.clearFilters)
        #expect(names(dashboard).count == 20)
    }

    @Test("klik op een kolomkop sorteert")
    func headerClick() {
        var dashboard = Fixtures.dashboard()
        dashboard.show(.focusgebieden)
        let header = dashboard.view(width: 80, height: 24).line(2)
        let column = header.distance(of: "Inwoners")
        _ = dashboard.update(.mouse(MouseEvent(kind: .click, x: column, y: 2)))
        #expect(dashboard.state.current.table?.sortColumn == 3)
    }
}

extension String {
    /// The display column where `needle` starts (or -1).
    func distance(of needle: String) -> Int {
        guard let range = range(of: needle) else { return -1 }
        return DisplayWidth.of(String(self[..<range.lowerBound]))
    }
}
