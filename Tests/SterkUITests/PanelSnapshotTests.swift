import Testing
@testable import SterkUI

@Suite("Paneel-snapshots")
struct PanelSnapshotTests {
    @Test("elk paneel op 80×24 en 120×40", arguments: Panel.allCases)
    func panel(_ panel: Panel) {
        for (width, height) in [(80, 24), (120, 40)] {
            let buffer = HeadlessScreen.render(panel: panel, dataset: Fixtures.bundled, width: width, height: height)
            Snapshot.check(buffer.text, named: "\(panel.rawValue)-\(width)x\(height)")
        }
    }

    @Test("te klein scherm")
    func tooSmall() {
        let buffer = HeadlessScreen.render(panel: .overzicht, dataset: Fixtures.bundled, width: 40, height: 10)
        Snapshot.check(buffer.text, named: "te-klein-40x10")
        #expect(buffer.text.contains("terminal te klein: 40×10, nodig 60×16"))
    }

    @Test("detail open op 80×24", arguments: [Panel.focusgebieden, .wijken, .gemeenten, .bronnen])
    func detail(_ panel: Panel) {
        var dashboard = Fixtures.dashboard()
        dashboard.show(panel)
        dashboard.press(.openDetail)
        Snapshot.check(dashboard.screen(), named: "\(panel.rawValue)-detail-80x24")
    }

    @Test("help-overlay")
    func help() {
        var dashboard = Fixtures.dashboard(width: 100, height: 30)
        dashboard.press(.toggleHelp)
        Snapshot.check(dashboard.screen(100, 30), named: "help-100x30")
    }

    @Test("ASCII-terugval zonder UTF-8")
    func ascii() {
        let options = DashboardOptions(capabilities: TerminalCapabilities(colors: 8, unicode: false, mouse: false))
        let buffer = HeadlessScreen.render(
            panel: .overzicht, dataset: Fixtures.bundled, width: 80, height: 24, options: options)
        Snapshot.check(buffer.text, named: "overzicht-ascii-80x24")
        let text = buffer.text
        #expect(!text.contains("─") && !text.contains("█") && !text.contains("▶"))
        let odd = text.unicodeScalars.filter {
            !$0.isASCII && !$0.properties.isAlphabetic && $0.properties.generalCategory != .currencySymbol
        }
        #expect(odd.isEmpty, "non-ASCII glyphs left: \(String(String.UnicodeScalarView(odd)))")
    }
}
