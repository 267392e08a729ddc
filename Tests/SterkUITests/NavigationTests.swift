import Testing
@testable import SterkUI

@Suite("Panelen wisselen, detail, terug")
struct NavigationTests {
    @Test("Tab, Shift-Tab en cijfers wisselen van paneel")
    func switchPanels() {
        var dashboard = Fixtures.dashboard()
        #expect(dashboard.currentPanel == .overzicht)
        dashboard.press(.nextPanel)
        #expect(dashboard.currentPanel == .focusgebieden)
        dashboard.press(.previousPanel)
        dashboard.press(.previousPanel)
        #expect(dashboard.currentPanel == Panel.allCases.last, "Shift-Tab wraps round to the last tab")
        dashboard.press(.showWijken)
        #expect(dashboard.currentPanel == .wijken)
        dashboard.press(.showContact)
        #expect(dashboard.currentPanel == .contact)
        #expect(dashboard.screen().contains("[5 Cont"), "at 80 columns the tabs are shortened to fit")
    }

    @Test("q en Ctrl-C sluiten af, Ctrl-C ook tijdens het zoeken")
    func quit() {
        var dashboard = Fixtures.dashboard()
        #expect(dashboard.press(.quit) == [.quit])
        dashboard.press(.startSearch)
        #expect(dashboard.press(.forceQuit) == [.quit])
        dashboard.type("q")
        #expect(dashboard.state.search?.query == "q", "q is text while searching, not quit")
    }

    @Test("Enter opent het detail, Esc sluit het")
    func detailOpenClose() {
        var dashboard = Fixtures.dashboard()
        dashboard.show(.focusgebieden)
        dashboard.press(.moveDown)
        dashboard.press(.openDetail)
        #expect(dashboard.state.current.detailOpen)
        #expect(dashboard.screen().contains("Groningen-Noord"))
        #expect(dashboard.screen().contains("Detail"))
        dashboard.press(.goBack)
        #expect(!dashboard.state.current.detailOpen)
        #expect(dashboard.screen().contains("Focusgebieden (20)"))
    }

    @Test("vanuit een detail springt b naar de bron, Esc gaat terug")
    func jumpToSource() {
        var dashboard = Fixtures.dashboard()
        dashboard.show(.focusgebieden)
        dashboard.press(.openDetail)
        while dashboard.focusedDetailParagraph?.sources.isEmpty ?? true { dashboard.press(.moveDown) }
        let source = dashboard.focusedDetailParagraph?.sources.first
        dashboard.press(.jumpToSource)
        #expect(dashboard.currentPanel == .bronnen)
        #expect(dashboard.selectedRowTarget == source.map(Target.source))
        #expect(dashboard.state.current.detailOpen)
        dashboard.press(.goBack)
        #expect(dashboard.currentPanel == .focusgebieden, "one Esc undoes the jump")
        #expect(dashboard.state.current.detailOpen)
    }

    @Test("Overzicht: een pilotwijk volgen opent Wijken met die wijk")
    func followPilot() {
        var dashboard = Fixtures.dashboard()
        dashboard.press(.moveLast)
        dashboard.press(.openDetail)
        #expect(dashboard.currentPanel == .wijken)
        #expect(dashboard.selectedRowTarget == .wijk("dommelbergen"))
        dashboard.press(.goBack)
        #expect(dashboard.currentPanel == .overzicht, "one Esc undoes the jump")
    }

    @Test("Overzicht: een cijfer openen toont het detail met bronnen")
    func figureOverlay() {
        var dashboard = Fixtures.dashboard(width: 100, height: 40)
        while dashboard.focusedDocumentParagraph.map({
            if case .figure = $0.target { return false } else { return true }
        }) ?? false {
            dashboard.press(.moveDown)
        }
        dashboard.press(.openDetail)
        #expect(dashboard.state.current.overlayTarget != nil)
        #expect(dashboard.screen(100, 40).contains("bron: "))
        dashboard.press(.goBack)
        #expect(dashboard.state.current.overlayTarget == nil)
    }

    @Test("help gaat open en dicht; de cursor staat op de gekozen regel")
    func helpAndCursor() {
        var dashboard = Fixtures.dashboard()
        dashboard.show(.focusgebieden)
        dashboard.press(.moveDown)
        let buffer = dashboard.view(width: 80, height: 24)
        #expect(buffer.cursor?.y == 4)
        #expect(buffer.line(4).hasPrefix("│▶ Groningen-Noord"))
        // The selection stands out: the standard theme swaps the text colours (252 on 234).
        #expect(buffer[2, 4].style.foreground == .indexed(234) && buffer[2, 4].style.background == .indexed(252))
        #expect(buffer[2, 5].style.background == .indexed(234))
        dashboard.press(.toggleHelp)
        #expect(dashboard.screen().contains("Toetsen"))
        dashboard.press(.closeHelp)
        #expect(!dashboard.screen().contains("Toetsen"))
    }

    @Test("werkbezoek-haakje: pas zichtbaar als er een samenvatting is")
    func werkbezoekHook() {
        // Tall enough for the whole Overzicht, whose end the hook is appended to.
        var dashboard = Fixtures.dashboard(width: 120, height: 60)
        #expect(!dashboard.screen(120, 60).contains("open:"))
        dashboard.werkbezoekSummary = WerkbezoekSummary(open: 2, total: 5)
        #expect(dashboard.screen(120, 60).contains("open: 2 van 5"))
    }
}

extension Dashboard {
    var focusedDetailParagraph: Paragraph? {
        switch focusedPane {
        case let .detail(document), let .overlay(document):
            return document.paragraphs[safe: state.current.detailCursor.selected]
        default: return nil
        }
    }

    var focusedDocumentParagraph: Paragraph? {
        guard case let .document(document) = focusedPane else { return nil }
        return document.paragraphs[safe: state.current.cursor.selected]
    }
}
