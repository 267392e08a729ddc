import Testing
@testable import SterkUI

@Suite("Werkbezoeken: snapshots")
struct VisitSnapshotTests {
    @Test("het paneel op 80×24 en 120×40")
    func panel() throws {
        let fixture = try VisitStoreFixture()
        for (width, height) in [(80, 24), (120, 40)] {
            let dashboard = try Dashboard.visits(fixture, width: width, height: height)
            Snapshot.check(dashboard.screen(width, height), named: "werkbezoeken-lijst-\(width)x\(height)")
        }
    }

    @Test("detail met programma en geschiedenis")
    func detail() throws {
        var dashboard = try Dashboard.visits(VisitStoreFixture(), width: 80, height: 40)
        dashboard.press(.openDetail)
        let screen = dashboard.screen(80, 40)
        Snapshot.check(screen, named: "werkbezoeken-detail-80x40")
        #expect(screen.contains("Programma") && screen.contains("Wandeling door de wijk"))
        #expect(screen.contains("Geschiedenis") && screen.contains("in voorbereiding → bevestigd"))
        #expect(screen.contains("“programma in de"))
    }

    @Test("formulier met meldingen bij de velden")
    func formWithMessages() throws {
        var dashboard = try Dashboard.visits(VisitStoreFixture())
        dashboard.press(.newVisit)
        for value in ["Fatima el Amraní", "", "CDA", "", "", "Zeisd", "", "14 maart"] {
            dashboard.type(value)
            dashboard.press(.formNextField)
        }
        dashboard.press(.formSave)
        Snapshot.check(dashboard.screen(), named: "werkbezoeken-formulier-80x24")
        Snapshot.check(dashboard.screen(120, 40), named: "werkbezoeken-formulier-120x40")
    }

    @Test("nog geen bestand, en een bestand dat niet te lezen is")
    func emptyAndBroken() {
        var missing = DashboardOptions()
        missing.werkbezoeken = .missing(path: "/data/sterk/werkbezoeken.sqlite", now: VisitStoreFixture.clock)
        var dashboard = Fixtures.dashboard(missing)
        dashboard.show(.werkbezoeken)
        Snapshot.check(dashboard.screen(), named: "werkbezoeken-geen-bestand-80x24")
        #expect(dashboard.screen().contains("Druk a om het eerste werkbezoek vast te leggen."))

        var broken = DashboardOptions()
        broken.werkbezoeken = .unavailable(
            message: "/data/x.sqlite is geen werkbezoekenbestand (geen SQLite-database).")
        dashboard = Fixtures.dashboard(broken)
        dashboard.show(.werkbezoeken)
        #expect(dashboard.screen().contains("is geen werkbezoekenbestand"))
        dashboard.press(.showFocusgebieden)
        #expect(dashboard.screen().contains("Arnhem-Oost"), "the rest of the dashboard still works")
        dashboard.press(.showOverzicht)
        dashboard.press(.moveLast)
        #expect(dashboard.screen().contains("Werkbezoeken niet te lezen"))
    }

    @Test("Overzicht: aantallen per status en het eerstvolgende bevestigde bezoek")
    func overview() throws {
        var dashboard = Fixtures.dashboard(try VisitStoreFixture().options(), width: 120, height: 40)
        dashboard.press(.moveLast)
        let screen = dashboard.screen(120, 40)
        #expect(
            screen.contains(
                "aangevraagd 1 · in voorbereiding 1 · bevestigd 1 · afgerond 0 · uitgesteld 1 · geannuleerd 0"))
        #expect(
            screen.contains(
                "Eerstvolgend bevestigd bezoek: WB-2026-001, za 14-03-2026, 10:00–14:00 – Fatima el Amraní in Zeist · Vollenhove"
            ))
        #expect(screen.contains("open: 4 van 4"))
    }
}
