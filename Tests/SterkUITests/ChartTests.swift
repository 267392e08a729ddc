import Testing
@testable import SterkModel
@testable import SterkUI

@Suite("Grafieken")
struct ChartTests {
    let theme = ResolvedTheme(.builtInDefault, colors: 256)

    func render(
        _ chart: HorizontalBarChart<ThemeRole>, width: Int, unicode: Bool = true
    ) -> (text: String, fits: Bool) {
        var buffer = ScreenBuffer(width: width, height: chart.height)
        let fits = chart.draw(into: &buffer, rect: buffer.bounds, theme: theme, unicode: unicode)
        return (buffer.text, fits)
    }

    var budget: HorizontalBarChart<ThemeRole> {
        let groups = BudgetGroups(lines: Fixtures.bundled.nplv.budgetLines, launched: Fixtures.bundled.nplv.launched)
        return HorizontalBarChart(
            items: (groups.atStart + groups.later).map { BarItem(figure: $0) }, maximum: groups.maximum)
    }

    var welfare: HorizontalBarChart<ThemeRole> {
        let items = Fixtures.bundled.focusAreas.filter { $0.lowWelfareShare.value != nil }
            .map { BarItem(figure: $0.lowWelfareShare, label: $0.name) }
        return HorizontalBarChart(items: items, reference: BarReference(value: 5.4, label: "Nederland: 5,4 %"))
    }

    @Test("achtste blokjes: precisie en altijd een sliver voor een positieve waarde")
    func eighths() {
        #expect(BarGlyphs.bar(fraction: 0.5, width: 4, unicode: true) == "██")
        #expect(BarGlyphs.bar(fraction: 1.0 / 32, width: 4, unicode: true) == "▏")
        #expect(BarGlyphs.bar(fraction: 0.5625, width: 4, unicode: true) == "██▎")
        #expect(BarGlyphs.bar(fraction: 0.001, width: 4, unicode: true) == "▏")
        #expect(BarGlyphs.bar(fraction: 0, width: 4, unicode: true) == "")
        #expect(BarGlyphs.bar(fraction: 0.5, width: 4, unicode: false) == "##")
    }

    @Test("NPLV-budget op 60 en 100 breed, en in ASCII")
    func budgetChart() {
        let wide = render(budget, width: 100)
        #expect(wide.fits)
        Snapshot.check(wide.text, named: "grafiek-budget-100")
        Snapshot.check(render(budget, width: 60).text, named: "grafiek-budget-60")
        let ascii = render(budget, width: 80, unicode: false)
        Snapshot.check(ascii.text, named: "grafiek-budget-ascii-80")
        #expect(!ascii.text.contains("█") && ascii.text.contains("#"))
    }

    @Test("lage welvaart met het landelijk gemiddelde gemarkeerd")
    func welfareChart() {
        let wide = render(welfare, width: 90)
        #expect(wide.fits)
        #expect(wide.text.contains("▲ Nederland: 5,4 %"))
        Snapshot.check(wide.text, named: "grafiek-welvaart-90")
        let ascii = render(welfare, width: 70, unicode: false)
        #expect(ascii.text.contains("|") && ascii.text.contains("^ Nederland"))
        Snapshot.check(ascii.text, named: "grafiek-welvaart-ascii-70")
    }

    @Test("te smal: label en waarde per regel; afgekapte labels worden gemeld")
    func narrow() {
        let narrow = render(welfare, width: 30)
        #expect(narrow.text.contains("Den Haag Zuidwest: 18,2 %"))
        let cut = HorizontalBarChart<ThemeRole>(items: [
            BarItem(label: String(repeating: "x", count: 80), value: 1, valueText: "1")
        ])
        #expect(!render(cut, width: 60).fits)
    }

    @Test("sparkline")
    func sparkline() {
        #expect(Sparkline.text([0, 1, 2, 3, 4, 5, 6, 7], unicode: true) == "▁▂▃▄▅▆▇█")
        #expect(Sparkline.text([1, 0, 3], unicode: false) == "-_%")
        #expect(Sparkline.text([], unicode: true) == "")
    }
}
