/// A line-and-dot chart of yearly measurements in terminal cells.
///
/// Each series is a row of marks (●, ○ … or *, o … in ASCII) joined by dotted lines; a
/// horizontal reference line (┄) and a marked year (┊) are optional. The y axis names its
/// extremes and the reference; the x axis names the years that fit. A legend under the
/// plot says what every mark means, so nothing depends on colour. Too small for a plot, the
/// chart becomes one line per series: first and last measurement.
public struct TrendChart<Role: ChartRoles>: Sendable {
    public var series: [TrendSeries<Role>]
    public var reference: TrendReference?
    public var mark: TrendMark?
    /// Digits after the decimal mark on the y axis and in the compact lines.
    public var decimals: Int
    /// What the compact form says for a series without measurements (the app's "unknown").
    public var unknownText: String
    /// Between whole and fraction in numbers: the app's language decides ("," in Dutch).
    public var decimalMark: Character

    /// The plot needs at least this many rows and columns; below that the chart is compact.
    public static var minimumPlotRows: Int { 3 }
    public static var minimumPlotColumns: Int { 12 }

    public init(
        series: [TrendSeries<Role>], reference: TrendReference? = nil, mark: TrendMark? = nil, decimals: Int = 2,
        unknownText: String, decimalMark: Character
    ) {
        self.series = series
        self.reference = reference
        self.mark = mark
        self.decimals = decimals
        self.unknownText = unknownText
        self.decimalMark = decimalMark
    }

    /// The rows a full chart would like at a width: a plot of `plotRows` plus axis, years and legend.
    public func preferredHeight(width: Int, plotRows: Int = 8) -> Int {
        plotRows + 2 + legendLines(width: width, unicode: true).count
    }

    /// Draws into `rect`; returns false when something had to be cut or left out.
    @discardableResult
    public func draw(into buffer: inout ScreenBuffer, rect: Rect, theme: ResolvedRoles<Role>, unicode: Bool) -> Bool {
        guard !rect.isEmpty else { return false }
        guard let layout = TrendLayout(chart: self, rect: rect, unicode: unicode) else {
            return drawCompact(into: &buffer, rect: rect, theme: theme, unicode: unicode)
        }
        drawAxes(layout, into: &buffer, theme: theme, unicode: unicode)
        drawPlot(layout, into: &buffer, theme: theme, unicode: unicode)
        var fits = layout.legend.allSatisfy { DisplayWidth.of(StyledSpan.text(of: $0)) <= rect.width }
        for (offset, line) in layout.legend.enumerated() {
            buffer.draw(line, x: rect.x, y: layout.legendY + offset, clip: rect, theme: theme)
        }
        fits = fits && layout.yearsShown
        return fits
    }

    /// Every year any series measured, plus the marked year when it falls inside.
    public var years: [Int] {
        let measured = Set(series.flatMap { $0.measured.map { point in point.year } })
        guard let first = measured.min(), let last = measured.max() else { return [] }
        var all = measured
        if let mark, mark.year >= first, mark.year <= last { all.insert(mark.year) }
        return all.sorted()
    }

    /// Every value on the y scale: the measurements and the reference.
    public var values: [Double] {
        series.flatMap { $0.measured.map { point in point.value } } + (reference.map { [$0.value] } ?? [])
    }
}
