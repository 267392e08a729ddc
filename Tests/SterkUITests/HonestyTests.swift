import Testing
@testable import SterkModel
@testable import SterkUI

@Suite("Eerlijk overzicht")
struct HonestyTests {
    @Test("berekende telling naast de claim van de paper")
    func countBesideClaim() {
        let text = HeadlessScreen.render(panel: .overzicht, dataset: Fixtures.bundled, width: 130, height: 45).text
        #expect(text.contains("1 van de 20 (berekend) – Nieuwegein Centrale As"))
        #expect(text.contains("De paper zegt: 3 van de 20 (claim van de paper)"))
        #expect(text.contains("(afleiding)"), "the size-class reading is labelled as inference")
        #expect(text.contains("onbekend"), "the education budget gap shows as onbekend")
    }

    @Test("M50 staat er als teken en tekst, niet alleen als kleur")
    func m50NotByColourAlone() {
        let buffer = HeadlessScreen.render(panel: .overzicht, dataset: Fixtures.bundled, width: 130, height: 45)
        let row = (0..<45).first { buffer.line($0).contains("in een M50-gemeente volgens de ledenlijst") } ?? -1
        #expect(buffer.line(row).contains("██ in een M50-gemeente"))
        let blocks = (0..<45).map(buffer.line).first { $0.contains("░░ ░░") } ?? ""
        #expect(blocks.filter { $0 == "█" }.count == 2, "one member block, two cells wide")
    }

    @Test("een bron toont waar ze gebruikt wordt, en die regel leidt erheen")
    func usage() {
        // Tall enough that the "Gebruikt bij" heading stays on screen above the focused line.
        var dashboard = Fixtures.dashboard(width: 120, height: 60)
        dashboard.show(.bronnen)
        dashboard.press(.startSearch)
        dashboard.type("cbs-focus-2026")
        dashboard.press(.confirmSearch)
        dashboard.press(.openDetail)
        #expect(dashboard.selectedRowTarget == .source("cbs-focus-2026"))
        while dashboard.focusedDetailParagraph.map({
            if case .focusArea = $0.target { return false } else { return true }
        }) ?? false {
            dashboard.press(.moveDown)
        }
        #expect(dashboard.screen(120, 60).contains("Gebruikt bij"))
        dashboard.press(.openDetail)
        #expect(dashboard.currentPanel == .focusgebieden)
    }
}
