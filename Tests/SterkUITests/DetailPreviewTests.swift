import Testing
@testable import SterkModel
@testable import SterkUI

@Suite("Detail: korte vorm naast de lijst")
struct DetailPreviewTests {
    func paragraph(_ text: String, indent: Int = 0) -> Paragraph { Paragraph(.text, [Span(text)], indent: indent) }

    @Test("de korte vorm is het openingsblok zonder ingesprongen regels, dan een lege regel en de hint")
    func openingBlockOnly() {
        let document = Document([
            .heading("Kop"), paragraph("Gemeente: X"), paragraph("bron: Y", indent: 2),
            paragraph("Provincie: Z"), .blank, paragraph("Inwoners: 3"),
        ])
        let rows = DocumentPreview.rows(document, width: 40, hint: "hint")
        #expect(rows.map { $0.spans.map(\.text).joined() } == ["Kop", "Gemeente: X", "Provincie: Z", "", "hint"])
        #expect(rows.prefix(3).map(\.paragraph) == [0, 1, 3])
    }

    @Test("hoogstens maximumLines regels uit het openingsblok")
    func atMostMaximumLines() {
        let document = Document((0..<20).map { paragraph("regel \($0)") })
        let rows = DocumentPreview.rows(document, width: 40, hint: "hint")
        #expect(rows.count == DocumentPreview.maximumLines + 2)
        #expect(rows[DocumentPreview.maximumLines - 1].spans.first?.text == "regel \(DocumentPreview.maximumLines - 1)")
    }

    @Test("afkappen met … over spans heen, ook als een span de breedte precies vult, en bij brede tekens")
    func cutting() {
        func cut(_ texts: [String], _ width: Int) -> String {
            DocumentPreview.cut(texts.map { Span($0) }, to: width).map(\.text).joined()
        }
        #expect(cut(["Gemeente: ", "Leeuwarden"], 20) == "Gemeente: Leeuwarden")
        #expect(cut(["Gemeente: ", "Leeuwarden"], 15) == "Gemeente: Leeu…")
        #expect(cut(["Gemeente: ", "Leeuwarden"], 10) == "Gemeente:…")
        #expect(DisplayWidth.of(cut(["名前", "東京都"], 7)) <= 7)
        #expect(cut(["名前", "東京都"], 7).hasSuffix("…"))
    }

    @Test("naast de lijst volgt de korte vorm de selectie; Enter toont de hele fiche met bronnen; Esc weer de korte")
    func previewFollowsAndEnterOpens() {
        var dashboard = Fixtures.dashboard(width: 120, height: 40)
        dashboard.press(.showFocusgebieden)
        let first = dashboard.screen(120, 40)
        #expect(first.contains("Enter: de hele fiche"))
        #expect(!first.contains("bron: "))
        dashboard.press(.moveDown)
        let second = dashboard.screen(120, 40)
        guard case let .focusArea(id)? = dashboard.selectedRowTarget, let area = Fixtures.bundled.focusArea(id) else {
            Issue.record("no focus area selected")
            return
        }
        #expect(second.contains("▶ " + area.name + " "))
        #expect(second != first)
        dashboard.press(.openDetail)
        let open = dashboard.screen(120, 40)
        #expect(open.contains("bron: "))
        #expect(!open.contains("Enter: de hele fiche"))
        dashboard.press(.goBack)
        #expect(dashboard.screen(120, 40) == second)
    }

    @Test("een klik op de korte vorm opent de hele fiche")
    func clickOpens() {
        var dashboard = Fixtures.dashboard(width: 120, height: 40)
        dashboard.press(.showFocusgebieden)
        _ = dashboard.update(.mouse(MouseEvent(kind: .click, x: 100, y: 5)))
        #expect(dashboard.state.current.detailOpen)
        #expect(dashboard.screen(120, 40).contains("bron: "))
    }

    @Test("de selectie kleurt alleen de markering en de naamkolom, niet de rest van de rij")
    func selectionColoursTheNameColumn() {
        var dashboard = Fixtures.dashboard(width: 120, height: 40)
        dashboard.press(.showFocusgebieden)
        let buffer = dashboard.view(width: 120, height: 40)
        let selection = dashboard.theme[.selection]
        #expect(!selection.attributes.isEmpty || selection.background != .terminalDefault)
        func isSelected(_ x: Int, _ y: Int) -> Bool {
            let style = buffer[x, y].style
            return selection.attributes.isSubset(of: style.attributes)
                && (selection.background == .terminalDefault || style.background == selection.background)
        }
        let row = 3  // tabs, box top, header, then the first row
        let selected = (0..<70).filter { isSelected($0, row) }
        let nameWidth = 21  // "Leeuwarden Oost" in the name column as laid out at 120 columns
        #expect(selected == Array(1..<1 + selected.count), "one unbroken run from the marker")
        #expect(
            selected.count >= nameWidth && selected.count < 30, "marker and name column only, got \(selected.count)")
        #expect((0..<70).filter { isSelected($0, row + 1) }.isEmpty)
    }
}
