import SterkStore
import Testing
@testable import SterkUI

@Suite("Werkbezoeken: lijst, filter en zoeken")
struct VisitListTests {
    @Test("de status staat er als tekst én in de kleur van zijn rol")
    func statusAsTextAndColour() throws {
        let dashboard = try Dashboard.visits(VisitStoreFixture())
        let buffer = dashboard.view(width: 80, height: 24)
        let row = try #require((0..<24).first { buffer.line($0).contains("WB-2026-002") })
        let column = buffer.line(row).distance(of: "uitgesteld")
        #expect(buffer[column, row].style.foreground == dashboard.theme[.statusUitgesteld].foreground)
        #expect(dashboard.theme[.statusUitgesteld] != dashboard.theme[.statusBevestigd])
    }

    @Test("f loopt door de statussen en terug naar alle")
    func filterCycles() throws {
        var dashboard = try Dashboard.visits(VisitStoreFixture())
        dashboard.press(.cycleVisitStatusFilter)
        #expect(dashboard.visits.statusFilter == .aangevraagd)
        #expect(dashboard.visits.shown.map(\.reference.description) == ["WB-2026-004"])
        #expect(dashboard.screen().contains("Werkbezoeken (1 van 4) · status aangevraagd"))
        dashboard.press(.cycleVisitStatusFilter)
        #expect(dashboard.visits.shown.map(\.status) == [.inVoorbereiding])
        for _ in 0..<4 { dashboard.press(.cycleVisitStatusFilter) }
        #expect(dashboard.visits.statusFilter == .geannuleerd)
        #expect(dashboard.screen().contains("(niets te tonen met deze filters)"))
        dashboard.press(.cycleVisitStatusFilter)
        #expect(dashboard.visits.statusFilter == nil)
        #expect(dashboard.visits.shown.count == 4)
        #expect(dashboard.statusText == "filter: alle statussen")
    }

    @Test(
        "zoeken op referentie, bezoeker en wijk; hoofdletters en accenten tellen niet",
        arguments: [
            ("wb-2026-003", "WB-2026-003"), ("celik", "WB-2026-003"), ("AMRANI", "WB-2026-001"),
            ("wilgensingel", "WB-2026-002"), ("hertogenbosch", "WB-2026-004"),
        ])
    func search(_ query: String, _ expected: String) throws {
        var dashboard = try Dashboard.visits(VisitStoreFixture())
        dashboard.press(.startSearch)
        dashboard.type(query)
        #expect(dashboard.selectedVisit?.reference.description == expected)
        #expect(dashboard.statusText?.hasPrefix("treffer 1 van 1") == true)
    }

    @Test("Enter opent het detail; de gemeente is een link naar Gemeenten")
    func detailLinks() throws {
        var dashboard = try Dashboard.visits(VisitStoreFixture())
        dashboard.press(.openDetail)
        #expect(dashboard.state.current.detailOpen)
        while dashboard.screen().contains("▶ Gemeente: Zeist") == false,
            dashboard.state.current.detailCursor.selected < 30
        {
            dashboard.press(.moveDown)
        }
        dashboard.press(.openDetail)
        #expect(dashboard.currentPanel == .gemeenten)
        dashboard.press(.goBack)
        #expect(dashboard.currentPanel == .werkbezoeken)
    }

    @Test("een nieuwe lezing houdt hetzelfde bezoek gekozen")
    func reloadKeepsSelection() throws {
        let fixture = try VisitStoreFixture()
        var dashboard = try Dashboard.visits(fixture)
        dashboard.press(.moveDown)
        dashboard.press(.moveDown)
        #expect(dashboard.selectedVisit?.reference.description == "WB-2026-003")
        #expect(dashboard.press(.reloadVisits) == [.store(.reload)])
        _ = dashboard.update(.storeResult(.done(.reload, reference: nil, store: .loaded(try fixture.snapshot))))
        #expect(dashboard.selectedVisit?.reference.description == "WB-2026-003")
        #expect(dashboard.statusText == "Werkbezoeken opnieuw ingelezen: 4.")
    }
}
