/// Where the parts of a full trend chart go in a rectangle; nil when the plot would not fit.
struct TrendLayout<Role: ChartRoles> {
    let scale: TrendScale
    /// The y axis labels: (row in the plot, text).
    let ticks: [(row: Int, text: String)]
    let labelWidth: Int
    /// The column of the y axis line.
    let axisX: Int
    /// The plot's top-left cell.
    let plotX: Int
    let plotY: Int
    /// The row of the x axis and the row of the year labels under it.
    let axisY: Int
    let legendY: Int
    let legend: [[StyledSpan<Role>]]
    /// The year labels that fit: (x, text).
    let yearLabels: [(x: Int, text: String)]
    /// True when the first, last and marked years all have a label.
    let yearsShown: Bool

    init?(chart: TrendChart<Role>, rect: Rect, unicode: Bool) {
        let legend = chart.legendLines(width: rect.width, unicode: unicode)
        let plotRows = rect.height - 2 - legend.count
        guard plotRows >= TrendChart<Role>.minimumPlotRows,
            let probe = TrendScale(years: chart.years, values: chart.values, columns: 1, rows: plotRows)
        else { return nil }
        let ticks = TrendLayout.ticks(
            probe, reference: chart.reference, decimals: chart.decimals, mark: chart.decimalMark)
        let labelWidth = ticks.map { DisplayWidth.of($0.text) }.max() ?? 0
        let columns = rect.width - labelWidth - 2
        guard columns >= TrendChart<Role>.minimumPlotColumns,
            let scale = TrendScale(years: chart.years, values: chart.values, columns: columns, rows: plotRows)
        else { return nil }
        self.scale = scale
        self.ticks = ticks
        self.labelWidth = labelWidth
        axisX = rect.x + labelWidth + 1
        plotX = axisX + 1
        plotY = rect.y
        axisY = rect.y + plotRows
        legendY = axisY + 2
        self.legend = legend
        let placed = TrendLayout.yearLabels(
            chart.years, mark: chart.mark?.year, scale: scale, plotX: plotX,
            maxX: rect.maxX)
        yearLabels = placed.labels
        yearsShown = placed.allKeyYears
    }

    /// Labels for the top and bottom of the scale and for the reference, on distinct rows.
    static func ticks(
        _ scale: TrendScale, reference: TrendReference?, decimals: Int, mark: Character
    ) -> [(row: Int, text: String)] {
        var ticks = [
            (row: 0, text: TrendScale.label(scale.high, decimals: decimals, mark: mark)),
            (row: scale.rows - 1, text: TrendScale.label(scale.low, decimals: decimals, mark: mark)),
        ]
        if let reference {
            let row = scale.row(reference.value)
            ticks.removeAll { $0.row == row }
            ticks.append((row, TrendScale.label(reference.value, decimals: decimals, mark: mark)))
        }
        return ticks
    }

    /// Year labels placed by priority (first, last, marked, then left to right), never touching.
    static func yearLabels(
        _ years: [Int], mark: Int?, scale: TrendScale, plotX: Int,
        maxX: Int
    ) -> (labels: [(x: Int, text: String)], allKeyYears: Bool) {
        guard let first = years.first, let last = years.last else { return ([], true) }
        let key = [first, last] + (mark.map { [$0] } ?? [])
        var order = key
        for year in years where !order.contains(year) { order.append(year) }
        var taken: [(x: Int, text: String)] = []
        var allKeyYears = true
        for year in order {
            let text = String(year)
            let width = DisplayWidth.of(text)
            let x = min(max(plotX + scale.column(year) - width / 2, plotX), maxX - width)
            let free =
                x >= plotX && taken.allSatisfy { x + width + 1 <= $0.x || $0.x + DisplayWidth.of($0.text) + 1 <= x }
            if free { taken.append((x, text)) } else if key.contains(year) { allKeyYears = false }
        }
        return (taken.sorted { $0.x < $1.x }, allKeyYears)
    }
}
