import Testing
@testable import SterkUI

@Suite("Muis en effecten")
struct MouseAndEffectTests {
    @Test("klik op een tab wisselt van paneel")
    func clickTab() {
        var dashboard = Fixtures.dashboard()
        let line = dashboard.view(width: 80, height: 24).line(0)
        _ = dashboard.update(.mouse(MouseEvent(kind: .click, x: line.distance(of: "4 Gem"), y: 0)))
        #expect(dashboard.currentPanel == .gemeenten)
    }

    @Test("klik op een rij kiest die; nog een klik opent het detail")
    func clickRow() {
        var dashboard = Fixtures.dashboard()
        dashboard.show(.focusgebieden)
        let buffer = dashboard.view(width: 80, height: 24)
        let row = (0..<24).first { buffer.line($0).contains("Arnhem-Oost") } ?? -1
        _ = dashboard.update(.mouse(MouseEvent(kind: .click, x: 10, y: row)))
        #expect(dashboard.selectedRowTarget == .focusArea("arnhem-oost"))
        _ = dashboard.update(.mouse(MouseEvent(kind: .click, x: 10, y: row)))
        #expect(dashboard.state.current.detailOpen)
    }

    @Test("het wieltje scrolt")
    func wheel() {
        var dashboard = Fixtures.dashboard()
        dashboard.show(.bronnen)
        _ = dashboard.update(.mouse(MouseEvent(kind: .wheelDown, x: 10, y: 10)))
        #expect(dashboard.state.current.cursor.selected == 3)
        _ = dashboard.update(.mouse(MouseEvent(kind: .wheelUp, x: 10, y: 10)))
        #expect(dashboard.state.current.cursor.selected == 0)
    }

    @Test("Contact: e en f kopiëren naar het klembord en zeggen dat")
    func copy() {
        var dashboard = Fixtures.dashboard()
        dashboard.show(.contact)
        let email = Fixtures.bundled.contact.email
        #expect(dashboard.press(.copyEmail) == [.copyToClipboard(email)])
        // OSC 52 cannot report back: say what was done and show the text, never "gekopieerd".
        #expect(
            dashboard.statusText?.hasPrefix(email + " – E-mailadres via de terminal naar het klembord verstuurd")
                == true)
        #expect(dashboard.statusText?.contains("gekopieerd") == false)
        #expect(dashboard.press(.copyPhone) == [.copyToClipboard(Fixtures.bundled.contact.phone)])
        #expect(dashboard.statusText?.contains("Telefoonnummer") == true)
    }

    @Test("kopiëren werkt alleen op Contact")
    func copyOnlyOnContact() {
        var dashboard = Fixtures.dashboard()
        #expect(dashboard.update(.key(.character("e"))).isEmpty)
    }
}
