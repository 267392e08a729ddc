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
            if copied.isEmpty { #expect(dashboard.statusText?.hasSuffix("geen URL vastgelegd") == true); dashboard.press(.moveDown) }
        }
        guard case let .copyToClipboard(url)? = copied.first else { Issue.record("no source URL copied"); return }
        #expect(urls.contains(url))
        #expect(dashboard.statusText?.hasPrefix(url + " – URL via de terminal") == true)
    }

    @Test func bWorksFromTheNoteLineOfAFigure() throws {
        let parts = DocumentParts(dataset: Fixtures.bundled, unicode: true)
        let figure = try #require(Fixtures.bundled.focusAreas.map(\.inhabitants).first { $0.note != nil && !$0.sources.isEmpty })
        let paragraphs = parts.figure(figure)
        #expect(paragraphs.count >= 3)
        #expect(paragraphs.allSatisfy { !$0.sources.isEmpty && figure.sources.contains($0.sources[0]) }, "every line of a figure leads to its source")
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
