import Testing
@testable import SterkModel
@testable import SterkUI

/// Sources within reach: `c` copies a source's URL, `b` works from every line of a figure,
/// and a source's long title is wrapped in its detail, not cut.
@Suite struct SourceKeysTests {
    @Test func theSelectedSourcesURLGoesToTheClipboard() throws {
        var dashboard = Fixtures.dashboard(width: 120, height: 40)
        dashboard.show(.bronnen)
        let urls = Set(Fixtures.bundled.sources.map(\.url).filter { !$0.isEmpty })
        var copied: [Effect] = []
        for _ in 0..<Fixtures.bundled.sources.count where copied.isEmpty {
            copied = dashboard.press(.copySourceURL)
            if copied.isEmpty {
                #expect(dashboard.statusText?.hasSuffix("geen URL vastgelegd") == true); dashboard.press(.moveDown)
            }
        }
        guard case let .copyToClipboard(url)? = copied.first else { Issue.record("no source URL copied"); return }
        #expect(urls.contains(url))
        #expect(dashboard.statusText?.hasPrefix(url + " – URL via de terminal") == true)
    }

    @Test func bWorksFromTheNoteLineOfAFigure() throws {
        let parts = DocumentParts(dataset: Fixtures.bundled, unicode: true)
        let figure = try #require(
            Fixtures.bundled.focusAreas.map(\.inhabitants).first { $0.note != nil && !$0.sources.isEmpty })
        let paragraphs = parts.figure(figure)
        #expect(paragraphs.count >= 3)
        #expect(
            paragraphs.allSatisfy { !$0.sources.isEmpty && figure.sources.contains($0.sources[0]) },
            "every line of a figure leads to its source")
    }

    @Test func aLongSourceTitleWrapsInItsDetail() throws {
        let source = try #require(Fixtures.bundled.sources.max { $0.title.count < $1.title.count })
        let document = Document(DocumentParts(dataset: Fixtures.bundled, unicode: true).source(source))
        let rows = Wrap.rows(document, width: 40).filter { $0.paragraph == 0 }
        let text = rows.flatMap(\.spans).map(\.text).joined()
        #expect(rows.count > 1)
        #expect(text.replacingOccurrences(of: " ", with: "") == source.title.replacingOccurrences(of: " ", with: ""))
    }
}

/// Layout and small items a newcomer meets (#12 items 11–13).
@Suite struct NewcomerLayoutTests {
    @Test func theActiveTabKeepsItsFullTitleAt80Columns() {
        for panel in Panel.allCases {
            let tabs = TabBar.layout(width: 80, unicode: true, active: panel)
            #expect(tabs.first { $0.panel == panel }?.label.contains(panel.title) == true, "\(panel.title)")
            #expect(tabs.map { DisplayWidth.of($0.label) }.reduce(0, +) <= 80)
        }
    }

    @Test func valuesGetTheirWidthBeforeTheNameColumnGrows() {
        let columns = [
            TableColumn(title: "Naam", preferred: 10, minimum: 6, priority: 0),
            TableColumn(title: "Provincie", preferred: 8, minimum: 6, priority: 1),
        ]
        let fitted = ColumnLayout.fit(columns, width: 40, content: [12, 13])
        #expect(fitted.map(\.width) == [26, 13])  // the value whole; only what is left widens the name
        let narrow = ColumnLayout.fit(columns, width: 22, content: [12, 13])
        #expect(narrow.map(\.width) == [10, 11])  // short of room: both toward preferred, then the value first
    }

    @Test func theScrollArrowSitsOnTheBorderNotOverText() {
        let dashboard = Fixtures.dashboard(width: 80, height: 24)
        let buffer = dashboard.view(width: 80, height: 24)
        let arrowRows = (0..<24).filter { buffer.line($0).hasSuffix("↓") }
        #expect(!arrowRows.isEmpty)
        for row in arrowRows {
            #expect(buffer.line(row).count == 80, "the arrow replaces the border in the last column")
        }
    }

    @Test func aSearchWithoutMatchInGemeentenSaysThePanelListsMembersOnly() {
        var dashboard = Fixtures.dashboard()
        dashboard.show(.gemeenten)
        dashboard.press(.startSearch)
        dashboard.type("amersfoort")
        #expect(dashboard.statusText?.contains("geen M50-lid") == true)
        #expect(dashboard.statusText?.contains("--alle") == true)
    }

    @Test func aSlideThatDoesNotFitSaysSo() throws {
        let deck = PresentationDeck(dataset: Fixtures.bundled, options: PresentationOptions())
        var said = false
        for index in 0..<deck.slides.count where !deck.problems(slide: index, width: 80, height: 24).isEmpty {
            let text = deck.screen(slide: index, width: 80, height: 24).text
            said =
                said || text.contains("meer op deze dia") || text.contains("past niet op dit scherm")
                || text.contains("te klein")
        }
        #expect(said)
    }
}
