import Testing
@testable import SterkModel
@testable import SterkUI

/// Tables are built on first use; what the dashboard shows must not depend on when.
@Suite("Tabellen pas bij eerste gebruik")
struct LazyTableTests {
    @Test("de start en het Overzicht bouwen geen tabel")
    func startBuildsNoTable() {
        let dashboard = Fixtures.dashboard(width: 120, height: 40)
        _ = dashboard.screen(120, 40)
        #expect(dashboard.catalog.tables.builtPanels.isEmpty)
    }

    @Test(
        "het aantal rijen vooraf = het aantal rijen van de gebouwde tabel",
        arguments: [Panel.focusgebieden, .wijken, .gemeenten, .bronnen])
    func rowCountsMatch(panel: Panel) throws {
        let dashboard = Fixtures.dashboard()
        let counted = try #require(dashboard.catalog.tables.rowCount(panel))
        #expect(dashboard.state[panel].table?.order == Array(0..<counted))
        let model = try #require(dashboard.catalog.tables[panel])
        #expect(model.rowCount == counted)
        #expect(dashboard.catalog.tables.builtPanels == [panel])
    }

    @Test("een kopie van het dashboard deelt wat gebouwd is")
    func copiesShareBuiltTables() {
        var dashboard = Fixtures.dashboard()
        let copy = dashboard
        dashboard.press(.nextPanel)
        _ = dashboard.screen()
        #expect(copy.catalog.tables.builtPanels.contains(dashboard.currentPanel))
    }
}
