import SterkKernel
import Testing

/// The kernel's document layer with an app of its own: its roles and its link targets.
@Suite("Document in de kern")
struct DocumentViewTests {
    typealias Role = WidgetTestRole
    /// What this app's lines link to.
    enum Link: Hashable, Sendable { case page(Int) }
    typealias Paragraph = StyledParagraph<Role, Link>
    typealias Span = StyledSpan<Role>

    let theme = WidgetTestRole.theme

    /// A heading, a wrapped paragraph with a link, a blank line, a bar and a closing line.
    var document: StyledDocument<Role, Link> {
        StyledDocument(paragraphs: [
            Paragraph(.heading, [Span("Kop", .title)]),
            Paragraph(.text, [Span("een regel die te lang is voor het vak")], indent: 1, target: .page(2)),
            .blank,
            Paragraph(
                .bar(fraction: 0.5, value: Span("50", .label), reference: 1), [Span("staaf", .label)]),
            Paragraph(.text, [Span("slot")]),
        ])
    }

    func draw(
        selected: Int, top: Int = 0, height: Int, focused: Bool = true, matches: RowSet = []
    ) -> (screen: ScreenBuffer, cursor: (x: Int, y: Int)?) {
        var buffer = ScreenBuffer(width: 24, height: height)
        let rows = Wrap.rows(document, width: 20)
        let view = DocumentView(
            rows: rows, selected: selected, top: top, focused: focused, matches: matches,
            highlight: { [Span($0.text.uppercased(), $0.role)] }, theme: theme, glyphs: Glyphs(unicode: false))
        let cursor = view.draw(into: &buffer, area: Rect(x: 1, y: 0, width: 22, height: height))
        return (buffer, cursor)
    }

    @Test("omloop met inspringing, de selectie over al haar rijen, pijl als er meer onder staat")
    func wrapsAndScrolls() {
        #expect(Wrap.rows(document, width: 20).map(\.paragraph) == [0, 1, 1, 1, 2, 3, 4])
        let (screen, cursor) = draw(selected: 1, height: 4, matches: [1])
        let expected = [
            "   Kop",
            " >  EEN REGEL DIE TE",
            "    LANG IS VOOR HET",
            "    VAK                v",
        ]
        #expect((0..<4).map(screen.line) == expected)
        #expect(cursor?.x == 1 && cursor?.y == 1)
        #expect(screen[4, 3].style == theme[.chosen], "every row of the selected paragraph is marked")
        #expect(screen[3, 3].style != theme[.chosen], "the indent is not")
        #expect(screen[23, 3].style == theme[.border])
        #expect(draw(selected: 1, height: 3).screen.line(0) == " >  een regel die te", "scrolled to show it all")
    }

    @Test("naar beneden scrolt tot de staaf en het slot; zonder focus geen cursor en geen kleur")
    func scrollsToTheEnd() {
        let (screen, cursor) = draw(selected: 4, height: 3, focused: false)
        #expect(cursor == nil)
        #expect(screen.line(2) == " > slot")
        #expect(screen[1, 2].style == theme[.dim])
        #expect(screen[3, 2].style == theme[.base])
        #expect(screen.line(1) == "   staaf  #####    | 50")
        #expect(screen[10, 1].style == theme[.bar])
        #expect(!screen.line(2).hasSuffix("v"), "nothing more below")
    }

    @Test("een alinea weet haar doel en haar tekst; een lege regel krijgt geen cursor")
    func paragraphs() {
        let paragraphs = document.paragraphs
        #expect(paragraphs[1].target == .page(2))
        #expect(paragraphs[3].plainText == "staaf 50")
        #expect(paragraphs.map(\.isFocusable) == [true, true, false, true, true])
    }
}
