import SterkKernel
import Testing

/// The kernel's table view with an app of its own: its roles, its rows, its words.
@Suite("Tabel in de kern")
struct TableViewTests {
    typealias Role = WidgetTestRole

    /// Numbered rows: "rij N" and N × 10, right-aligned.
    struct Numbers: TableRows {
        let count: Int
        var columns: [TableColumn] {
            [
                TableColumn(title: "Naam", preferred: 8, minimum: 4, priority: 0),
                TableColumn(title: "Waarde", preferred: 6, minimum: 6, priority: 1, alignRight: true),
            ]
        }
        var contentWidths: [Int] { [8, 7] }  // "Waarde" and its sort mark
        func cells(_ row: Int) -> [StyledSpan<Role>] { [StyledSpan("rij \(row)"), StyledSpan("\(row * 10)")] }
    }

    let theme = WidgetTestRole.theme

    func draw(
        count: Int, selected: Int = 0, top: Int = 0, focused: Bool = true, matches: RowSet = [],
        sort: (column: Int, ascending: Bool)? = nil
    ) -> (screen: ScreenBuffer, cursor: (x: Int, y: Int)?) {
        var buffer = ScreenBuffer(width: 24, height: 7)
        let state = TableViewState(
            order: Array(0..<count), sort: sort, selected: selected, top: top, focused: focused, matches: matches)
        let view = TableView(
            rows: Numbers(count: count), state: state, emptyText: "(leeg)",
            highlight: { [StyledSpan($0.text.uppercased(), $0.role)] }, theme: theme, glyphs: Glyphs(unicode: false))
        let cursor = view.draw(into: &buffer, box: buffer.bounds, title: "Rijen")
        return (buffer, cursor)
    }

    @Test("kop met sorteerteken, alleen de zichtbare rijen, de selectie scrolt in beeld")
    func scrollsToSelection() {
        let (screen, cursor) = draw(count: 20, selected: 9, sort: (1, false))
        let expected = [
            "+- Rijen --------------+",
            "|  Naam         vWaarde|",
            "|  rij 6             60|",
            "|  rij 7             70|",
            "|  rij 8             80|",
            "|> rij 9             90|",
            "+----------------------+",
        ]
        #expect((0..<7).map(screen.line) == expected)
        #expect(cursor?.x == 1 && cursor?.y == 5)
        #expect(screen[3, 5].style == theme[.chosen], "the name cell carries the selection")
        #expect(screen[21, 5].style == theme[.base], "the rest of the row does not")
        #expect(screen[3, 1].style == theme[.header])
    }

    @Test("zonder focus: gedimd teken en geen cursor; gevonden rijen lopen door highlight")
    func unfocusedAndMatches() {
        let (screen, cursor) = draw(count: 3, selected: 1, focused: false, matches: [2])
        #expect(cursor == nil)
        #expect(screen.line(3) == "|> rij 1             10|")
        #expect(screen[1, 3].style == theme[.dim])
        #expect(screen[3, 3].style == theme[.base], "no selection colours without the focus")
        #expect(screen.line(4) == "|  RIJ 2             20|")
        #expect(screen.line(2) == "|  rij 0              0|")
    }

    @Test("een lege tabel zegt het in de woorden van de app")
    func empty() {
        let (screen, cursor) = draw(count: 0)
        #expect(cursor == nil)
        #expect(screen.line(2) == "|  (leeg)              |")
        #expect(screen[3, 2].style == theme[.empty])
    }
}
