/// Drawing the axes and the plot of a full trend chart.
extension TrendChart {
    /// Line glyphs with their ASCII stand-ins.
    struct Lines {
        let unicode: Bool
        var vertical: Character { unicode ? "│" : "|" }
        var tick: Character { unicode ? "┤" : "+" }
        var corner: Character { unicode ? "└" : "+" }
        var horizontal: Character { unicode ? "─" : "-" }
        var yearTick: Character { unicode ? "┬" : "+" }
        var reference: Character { unicode ? "┄" : "=" }
        var mark: Character { unicode ? "┊" : ":" }
        var connector: Character { unicode ? "·" : "." }
        var arrow: String { unicode ? " → " : " -> " }
    }

    func drawAxes(
        _ layout: TrendLayout<Role>, into buffer: inout ScreenBuffer, theme: ResolvedRoles<Role>, unicode: Bool
    ) {
        let lines = Lines(unicode: unicode)
        let axis = theme[.chartAxis]
        for row in 0..<layout.scale.rows {
            buffer[layout.axisX, layout.plotY + row] = Cell(character: lines.vertical, style: axis)
        }
        for tick in layout.ticks {
            let y = layout.plotY + tick.row
            buffer.write(
                DisplayWidth.pad(tick.text, to: layout.labelWidth, alignRight: true),
                x: layout.axisX - 1 - layout.labelWidth,
                y: y, style: theme[.chartLabel])
            buffer[layout.axisX, y] = Cell(character: lines.tick, style: axis)
        }
        buffer[layout.axisX, layout.axisY] = Cell(character: lines.corner, style: axis)
        for column in 0..<layout.scale.columns {
            buffer[layout.plotX + column, layout.axisY] = Cell(character: lines.horizontal, style: axis)
        }
        for year in years {
            buffer[layout.plotX + layout.scale.column(year), layout.axisY] = Cell(
                character: lines.yearTick, style: axis)
        }
        for label in layout.yearLabels {
            let role: Role = label.text == mark.map { String($0.year) } ? .chartMark : .chartLabel
            buffer.write(label.text, x: label.x, y: layout.axisY + 1, style: theme[role])
        }
    }

    /// Reference line and marked year first, then every series' connectors, then its marks on top.
    func drawPlot(
        _ layout: TrendLayout<Role>, into buffer: inout ScreenBuffer, theme: ResolvedRoles<Role>, unicode: Bool
    ) {
        let lines = Lines(unicode: unicode)
        let scale = layout.scale
        if let reference {
            let y = layout.plotY + scale.row(reference.value)
            for column in 0..<scale.columns {
                buffer[layout.plotX + column, y] = Cell(character: lines.reference, style: theme[.chartReference])
            }
        }
        if let mark, mark.year >= scale.firstYear, mark.year <= scale.lastYear {
            let x = layout.plotX + scale.column(mark.year)
            for row in 0..<scale.rows {
                buffer[x, layout.plotY + row] = Cell(character: lines.mark, style: theme[.chartMark])
            }
        }
        for item in series {
            for cell in connectorCells(item, scale: scale) {
                buffer[layout.plotX + cell.x, layout.plotY + cell.y] = Cell(
                    character: lines.connector, style: theme[item.role])
            }
        }
        for item in series {
            let glyph = item.glyph.character(unicode: unicode)
            for point in item.measured {
                buffer[layout.plotX + scale.column(point.year), layout.plotY + scale.row(point.value)] =
                    Cell(character: glyph, style: theme[item.role])
            }
        }
    }

    /// The cells on straight lines between neighbouring measurements (not across a missing year).
    func connectorCells(_ item: TrendSeries<Role>, scale: TrendScale) -> [(x: Int, y: Int)] {
        let points = item.points.sorted { $0.year < $1.year }
        var cells: [(x: Int, y: Int)] = []
        for (from, to) in zip(points, points.dropFirst()) {
            guard let a = from.value, let b = to.value, a.isFinite, b.isFinite else { continue }
            cells += TrendChart.between((scale.column(from.year), scale.row(a)), (scale.column(to.year), scale.row(b)))
        }
        return cells
    }

    /// Cells strictly between two cells on a straight line, one per step of the longer axis.
    static func between(_ start: (Int, Int), _ end: (Int, Int)) -> [(x: Int, y: Int)] {
        let dx = end.0 - start.0, dy = end.1 - start.1
        let steps = max(abs(dx), abs(dy))
        guard steps > 1 else { return [] }
        return (1..<steps).map { step in
            (
                start.0 + Int((Double(dx * step) / Double(steps)).rounded()),
                start.1 + Int((Double(dy * step) / Double(steps)).rounded())
            )
        }
    }
}
