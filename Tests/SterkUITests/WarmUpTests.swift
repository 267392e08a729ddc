import Testing
@testable import SterkModel
@testable import SterkUI

extension Dashboard {
    /// Sends ticks until the idle-time preparation of panels is done; returns how many it took.
    @discardableResult
    mutating func finishWarmUp() -> Int {
        var ticks = 0
        while tickIntervalMilliseconds != nil, ticks < 100, !isPresenting {
            _ = update(.tick)
            ticks += 1
        }
        return ticks
    }
}

@Suite("Panelen voorbereiden als het scherm stil is")
struct WarmUpTests {
    @Test("na de start vraagt het dashboard ticks; elke tick bereidt één paneel voor, daarna geen ticks meer")
    func oneTickPerPanel() {
        var dashboard = Fixtures.dashboard(width: 120, height: 40)
        #expect(dashboard.tickIntervalMilliseconds == WarmUp.idleMilliseconds)
        #expect(dashboard.finishWarmUp() == Panel.allCases.count - 1)
        #expect(dashboard.tickIntervalMilliseconds == nil)
    }

    @Test("de volgorde is die van Tab, te beginnen na het eerste paneel")
    func tabOrder() {
        #expect(WarmUp(after: .overzicht).pending == Array(Panel.allCases.dropFirst()))
        #expect(WarmUp(after: .kaart).pending.first == .werkbezoeken)
        #expect(WarmUp(after: .kaart).pending.count == Panel.allCases.count - 1)
        #expect(!WarmUp(after: .kaart).pending.contains(.kaart))
    }

    @Test("bij een grote dataset wordt niets vooraf voorbereid")
    func notForBigDatasets() {
        #expect(
            WarmUp(after: .overzicht, focusAreas: WarmUp.maximumFocusAreas).pending.count == Panel.allCases.count - 1)
        #expect(WarmUp(after: .overzicht, focusAreas: WarmUp.maximumFocusAreas + 1).pending.isEmpty)
    }

    @Test("voorbereiden bouwt de tabellen maar verandert niets op het scherm of in de toestand")
    func buildsButChangesNothing() {
        var dashboard = Fixtures.dashboard(width: 120, height: 40)
        dashboard.press(.showFocusgebieden)
        dashboard.press(.moveDown)
        let before = dashboard.screen(120, 40)
        dashboard.finishWarmUp()
        #expect(dashboard.screen(120, 40) == before)
        #expect(dashboard.currentPanel == .focusgebieden)
        #expect(Set(dashboard.catalog.tables.builtPanels).isSuperset(of: [.wijken, .gemeenten, .bronnen]))
        dashboard.press(.nextPanel)
        #expect(dashboard.currentPanel == .wijken)
    }

    @Test("zonder schermgrootte wacht het voorbereiden")
    func waitsForASize() {
        var dashboard = Fixtures.dashboard(width: 0, height: 0)
        _ = dashboard.update(.tick)
        #expect(dashboard.warmUp.pending.count == Panel.allCases.count - 1)
    }
}
