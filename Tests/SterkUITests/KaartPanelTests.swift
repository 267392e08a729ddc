import Testing
@testable import SterkModel
@testable import SterkUI

@Suite("Kaart-paneel")
struct KaartPanelTests {
    func kaart(width: Int = 120, height: Int = 40) -> Dashboard {
        var dashboard = Fixtures.dashboard(width: width, height: height)
        dashboard.press(.showKaart)
        return dashboard
    }

    @Test("pijltjes gaan van marker naar marker; Home/End naar de eerste en laatste")
    func arrowsMove() {
        var dashboard = kaart()
        let first = dashboard.mapSelection.selected?.id
        dashboard.press(.mapDown)
        let south = dashboard.mapSelection.selected?.id
        #expect(south != first)
        dashboard.press(.mapUp)
        #expect(dashboard.mapSelection.selected?.id != south)
        dashboard.press(.mapLast)
        #expect(dashboard.mapSelection.index == dashboard.mapScene.markers.count - 1)
        dashboard.press(.mapFirst)
        #expect(dashboard.mapSelection.index == 0)
        #expect(dashboard.screen(120, 40).contains("▶ " + (dashboard.mapSelection.selected?.name ?? "?")))
    }

    @Test("Enter opent het focusgebied in Focusgebieden, een wijk in Wijken; Esc komt terug")
    func enterOpensDetail() throws {
        var dashboard = kaart()
        dashboard.kaart.selectedID = "focusArea:utrecht-overvecht"
        dashboard.press(.openMapMarker)
        #expect(dashboard.currentPanel == .focusgebieden)
        #expect(dashboard.selectedRowTarget == .focusArea("utrecht-overvecht"))
        #expect(dashboard.state.current.detailOpen)
        dashboard.press(.goBack)
        #expect(dashboard.currentPanel == .kaart, "one Esc returns to the map")
        #expect(dashboard.kaart.selectedID == "focusArea:utrecht-overvecht")
        #expect(!dashboard.state[.focusgebieden].detailOpen, "the detail the jump opened is closed again")
        dashboard.kaart.selectedID = "pilot:vollenhove"
        dashboard.press(.openMapMarker)
        #expect(dashboard.currentPanel == .wijken)
        #expect(dashboard.selectedRowTarget == .wijk("vollenhove"))
        #expect(dashboard.screen(120, 40).contains("Vollenhove Vooruit"))
        dashboard.press(.goBack)
        #expect(dashboard.currentPanel == .kaart)
    }

    @Test("na een sprong en verder bladeren sluit Esc eerst het detail, dan terug naar de kaart")
    func escAfterMovingAround() {
        var dashboard = kaart()
        dashboard.kaart.selectedID = "focusArea:utrecht-overvecht"
        dashboard.press(.openMapMarker)
        dashboard.press(.moveDown)
        dashboard.press(.goBack)
        #expect(dashboard.currentPanel == .focusgebieden, "the user moved on: Esc closes what is open first")
        #expect(!dashboard.state.current.detailOpen)
        dashboard.press(.goBack)
        #expect(dashboard.currentPanel == .kaart)
    }

    @Test("v wisselt naar de lijst en terug; ↓ volgt de lijstvolgorde")
    func listToggle() {
        var dashboard = kaart(width: 80, height: 24)
        dashboard.press(.toggleMapList)
        let list = dashboard.screen()
        #expect(list.contains("Kaart · lijst"))
        let entries = dashboard.mapScene.accessibleList
        #expect(list.contains("▶ " + entries[0].line))
        dashboard.press(.mapDown)
        #expect(dashboard.mapSelection.index == 1)
        #expect(dashboard.screen().contains("▶ " + entries[1].line))
        Snapshot.check(dashboard.screen(), named: "kaart-lijst-80x24")
        dashboard.press(.toggleMapList)
        #expect(!dashboard.screen().contains("· lijst"))
    }

    @Test("de tabbalk past op 80 en 60 kolommen, ook met meer panelen")
    func tabBarFits() {
        for width in [60, 80] {
            let tabs = TabBar.layout(width: width, unicode: true)
            let end = tabs.last.map { $0.x + DisplayWidth.of($0.label) } ?? 0
            #expect(end <= width, "tabs end at \(end) of \(width)")
            #expect(tabs.count == Panel.allCases.count)
        }
    }
}

@Suite("Presentatie vanuit het dashboard")
struct DashboardPresentationTests {
    @Test("P start de presentatie, q keert terug naar hetzelfde paneel; daarna alleen ticks tijdens het presenteren")
    func startAndReturn() {
        var dashboard = Fixtures.dashboard(width: 100, height: 30)
        dashboard.presenting.clock = .frozen
        dashboard.finishWarmUp()
        dashboard.press(.showWijken)
        #expect(dashboard.tickIntervalMilliseconds == nil)
        dashboard.press(.startPresentation)
        #expect(dashboard.isPresenting)
        #expect(dashboard.tickIntervalMilliseconds == 1_000)
        let count = SlideDeck(dataset: Fixtures.bundled).count
        #expect(dashboard.screen(100, 30).contains("1/\(count)"))
        _ = dashboard.update(.key(.right))
        #expect(dashboard.screen(100, 30).contains("2/\(count)"))
        _ = dashboard.update(.resize(width: 160, height: 45))
        #expect(dashboard.screen(160, 45).contains("2/\(count)"))
        #expect(dashboard.update(.key(.character("q"))).isEmpty, "q ends the presentation, not the program")
        #expect(!dashboard.isPresenting)
        #expect(dashboard.currentPanel == .wijken)
        #expect(dashboard.tickIntervalMilliseconds == nil)
    }
}
