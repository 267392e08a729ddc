import Testing
@testable import SterkUI

@Suite("Schermgrootte")
struct ResizeTests {
    static func dashboards() -> [(String, Dashboard)] {
        var overview = Fixtures.dashboard()
        overview.press(.moveLast)
        var areas = Fixtures.dashboard()
        areas.show(.focusgebieden)
        areas.press(.moveLast)
        areas.press(.openDetail)
        var wijken = Fixtures.dashboard()
        wijken.show(.wijken)
        wijken.press(.openDetail)
        var help = Fixtures.dashboard()
        help.press(.toggleHelp)
        return [("overzicht", overview), ("focusgebieden", areas), ("wijken", wijken), ("help", help)]
    }

    @Test("elke grootte van 1×1 tot 130×45 tekent zonder te vallen")
    func everySize() {
        for (name, dashboard) in Self.dashboards() {
            let step = name == "help" ? 3 : 1
            for width in stride(from: 1, through: 130, by: step) {
                for height in stride(from: 1, through: 45, by: step) {
                    let buffer = dashboard.view(width: width, height: height)
                    #expect(buffer.width == width && buffer.height == height)
                    let small = width < ScreenLayout.minimumWidth || height < ScreenLayout.minimumHeight
                    if !small, buffer.line(0).isEmpty { Issue.record("\(name) \(width)×\(height): no tab bar") }
                    if small, width >= 40, height >= 2, !buffer.text.contains("te klein") {
                        Issue.record("\(name) \(width)×\(height): no too-small message")
                    }
                }
            }
        }
    }

    @Test("te klein herstelt bij vergroten")
    func recovers() {
        var dashboard = Fixtures.dashboard()
        _ = dashboard.update(.resize(width: 30, height: 8))
        #expect(dashboard.screen(30, 8).contains("te klein"))
        _ = dashboard.update(.resize(width: 80, height: 24))
        #expect(dashboard.screen() == Fixtures.dashboard().screen())
    }

    @Test("een stoot resize-events, met bewegingen ertussen")
    func burst() {
        var dashboard = Fixtures.dashboard()
        dashboard.show(.bronnen)
        var generator = SystemRandomNumberGenerator()
        for step in 0..<300 {
            let width = Int.random(in: 0...200, using: &generator)
            let height = Int.random(in: 0...60, using: &generator)
            _ = dashboard.update(.resize(width: width, height: height))
            if step % 7 == 0 { dashboard.press(.pageDown) }
            if step % 11 == 0 { dashboard.press(.openDetail) }
            if step % 13 == 0 { dashboard.press(.goBack) }
            _ = dashboard.view(width: width, height: height)
        }
        _ = dashboard.update(.resize(width: 120, height: 40))
        let buffer = dashboard.view(width: 120, height: 40)
        #expect(buffer.cursor != nil, "a focused row after the burst")
        #expect(
            buffer.line(0).contains("[\(dashboard.currentPanel.index + 1) \(dashboard.currentPanel.title)]"),
            "Enter in a detail may follow a link to another panel; the tab bar says which")
    }

    @Test("smal: detail vervangt de lijst; breed: naast elkaar")
    func collapse() {
        var dashboard = Fixtures.dashboard()
        dashboard.show(.wijken)
        #expect(!dashboard.screen(99, 30).contains("Detail"))
        #expect(dashboard.screen(100, 30).contains("Detail"))
        dashboard.press(.openDetail)
        #expect(!dashboard.screen(99, 30).contains("Wijken (6)"))
    }
}
