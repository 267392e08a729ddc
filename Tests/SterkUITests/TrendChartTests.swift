import Testing
@testable import SterkKernel
@testable import SterkModel
@testable import SterkUI

/// The trend chart on series built here (not from the dataset), at fixed sizes.
@Suite("Trendgrafiek")
struct TrendChartTests {
    static let years = [2002, 2008, 2012, 2014, 2016, 2018, 2020, 2022, 2024]

    static func series(
        _ label: String, _ values: [Double?], glyph: Int, role: ThemeRole = .chartBar
    ) -> TrendSeries<ThemeRole> {
        TrendSeries(
            label: label, points: zip(years, values).map { TrendPoint(year: $0, value: $1) },
            glyph: TrendGlyph.at(glyph), role: role)
    }

    /// A chart in the dashboard's roles and wording.
    static func chart(
        series: [TrendSeries<ThemeRole>], reference: TrendReference? = nil, mark: TrendMark? = nil
    ) -> TrendChart<ThemeRole> {
        TrendChart(
            series: series, reference: reference, mark: mark, unknownText: Dutch.unknown,
            decimalMark: DutchNumber.decimalMark)
    }

    /// A rising wijk below a reference of 4,00, with its start marked in 2020.
    static let rising = chart(
        series: [series("wijk A", [3.80, 3.78, 3.82, 3.90, 3.93, 3.92, 3.95, 3.97, 4.05], glyph: 0)],
        reference: TrendReference(value: 4.0, label: "referentie 4,00"),
        mark: TrendMark(year: 2020, label: "start 2020"))

    /// Two series; the second has no measurement in 2016.
    static let pair = chart(
        series: [
            series("wijk B", [4.20, 4.18, 4.15, 4.10, nil, 4.02, 3.99, 3.95, 3.90], glyph: 1, role: .textDim),
            series("wijk A", [3.80, 3.78, 3.82, 3.90, 3.93, 3.92, 3.95, 3.97, 4.05], glyph: 0),
        ],
        reference: TrendReference(value: 4.0, label: "referentie 4,00"))

    func render(
        _ chart: TrendChart<ThemeRole>, _ width: Int, _ height: Int, unicode: Bool = true,
        theme: ResolvedTheme = ResolvedTheme(.builtInDefault, colors: 256)
    ) -> (buffer: ScreenBuffer, fits: Bool) {
        var buffer = ScreenBuffer(width: width, height: height)
        let fits = chart.draw(into: &buffer, rect: buffer.bounds, theme: theme, unicode: unicode)
        return (buffer, fits)
    }

    @Test("volledige grafiek op 60×14 en 100×20")
    func full() {
        let medium = render(Self.rising, 60, 14)
        #expect(medium.fits)
        Snapshot.check(medium.buffer.text, named: "trend-60x14")
        let wide = render(Self.pair, 100, 20)
        #expect(wide.fits)
        Snapshot.check(wide.buffer.text, named: "trend-twee-100x20")
    }

    @Test("ASCII: alleen ASCII-tekens, zelfde opbouw")
    func ascii() {
        let result = render(Self.rising, 60, 14, unicode: false)
        let allASCII = result.buffer.text.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(allASCII)
        #expect(result.buffer.text.contains("* wijk A") && result.buffer.text.contains(": start 2020"))
        Snapshot.check(result.buffer.text, named: "trend-ascii-60x14")
    }

    @Test("klein: eerst minder regels, dan één regel per reeks")
    func small() {
        let low = render(Self.rising, 40, 7)
        Snapshot.check(low.buffer.text, named: "trend-40x7")
        let compact = render(Self.pair, 44, 4)
        #expect(compact.buffer.line(0) == "● wijk A: 3,80 (2002) → 4,05 (2024)")
        #expect(compact.buffer.line(1) == "○ wijk B: 4,20 (2002) → 3,90 (2024)")
        #expect(compact.buffer.line(2) == "┄ referentie 4,00")
        #expect(compact.fits)
        Snapshot.check(compact.buffer.text, named: "trend-compact-44x4")
        let cut = render(Self.pair, 44, 2)
        #expect(!cut.fits)  // the reference line did not fit under the two series
        #expect(cut.buffer.line(1).hasPrefix("○ wijk B"))
    }

    @Test("jaren naar tijd verdeeld: 2002→2008 is drie keer 2012→2014")
    func timeSpacing() throws {
        let scale = try #require(TrendScale(years: Self.years, values: [3.0, 4.0], columns: 67, rows: 5))
        #expect(scale.column(2002) == 0 && scale.column(2024) == 66)
        #expect(scale.column(2008) - scale.column(2002) == 3 * (scale.column(2014) - scale.column(2012)))
        #expect(scale.row(4.0) == 0 && scale.row(3.0) == 4 && scale.row(3.5) == 2)
        #expect(scale.row(.nan) == 4)
    }

    @Test("aslabels met vaste decimalen en komma")
    func labels() {
        #expect(DutchNumber.fixed(4.102264851144, decimals: 2) == "4,10")
        #expect(DutchNumber.fixed(-0.2214, decimals: 2) == "-0,22")
        #expect(DutchNumber.fixed(-0.001, decimals: 2) == "0,00")
        #expect(DutchNumber.fixed(12, decimals: 0) == "12")
        #expect(DutchNumber.fixed(.infinity, decimals: 2) == "?")
    }

    @Test("geen lijn over een ontbrekend jaar heen")
    func gapBreaksLine() throws {
        let result = render(Self.pair, 100, 20)
        let layout = try #require(TrendLayout(chart: Self.pair, rect: result.buffer.bounds, unicode: true))
        let cells = Self.pair.connectorCells(Self.pair.series[0], scale: layout.scale)
        let from = layout.scale.column(2014), to = layout.scale.column(2018)
        #expect(!cells.contains { $0.x > from && $0.x < to })
        #expect(cells.contains { $0.x > layout.scale.column(2018) && $0.x < layout.scale.column(2020) })
    }

    @Test("licht en zonder kleur: punt, referentielijn en startjaar blijven te onderscheiden")
    func themes() throws {
        let licht = try #require(
            try ThemeLibrary.load(userDirectory: nil).entries.first { $0.name == "licht" }?.result.get())
        for theme in [ResolvedTheme(licht, colors: 256), ResolvedTheme(licht, colors: 0)] {
            let buffer = render(Self.rising, 60, 14, theme: theme).buffer
            let layout = try #require(TrendLayout(chart: Self.rising, rect: buffer.bounds, unicode: true))
            let point = buffer[layout.plotX + layout.scale.column(2002), layout.plotY + layout.scale.row(3.80)]
            let line = buffer[layout.plotX + layout.scale.column(2008) + 1, layout.plotY + layout.scale.row(4.0)]
            let start = buffer[layout.plotX + layout.scale.column(2020), layout.plotY]
            #expect(point.character == "●" && line.character == "┄" && start.character == "┊")
            if theme.name == "licht", theme[.text] != theme[.chartBar] {
                #expect(Set([point.style, line.style, start.style]).count == 3)
            }
        }
    }

    @Test("elke maat: niets buiten het vlak, geen crash", arguments: [1, 5, 12, 20, 33, 61, 120])
    func everySize(width: Int) {
        for height in 1...24 {
            var buffer = ScreenBuffer(width: width + 4, height: height + 4)
            let rect = Rect(x: 2, y: 2, width: width, height: height)
            Self.pair.draw(into: &buffer, rect: rect, theme: ResolvedTheme(.builtInDefault, colors: 256), unicode: true)
            for y in 0..<buffer.height {
                for x in 0..<buffer.width where !rect.contains(x: x, y: y) {
                    #expect(buffer[x, y] == .blank, "cell \(x),\(y) drawn outside \(width)×\(height)")
                }
            }
        }
    }
}
