/// One bar of a horizontal bar chart; a nil value is a gap and gets no bar.
public struct BarItem<Role: ChartRoles>: Sendable, Hashable {
    public var label: String
    public var value: Double?
    /// The value label as shown ("€ 600 mln", "onbekend").
    public var valueText: String
    public var valueRole: Role
    public var labelRole: Role

    public init(
        label: String, value: Double?, valueText: String, valueRole: Role = .ground, labelRole: Role = .chartLabel
    ) {
        self.label = label
        self.value = value
        self.valueText = valueText
        self.valueRole = valueRole
        self.labelRole = labelRole
    }
}

/// A marked value on the scale, e.g. the national average.
public struct BarReference: Sendable, Hashable {
    public var value: Double
    /// What the mark stands for, shown under the bars ("Nederland 5,4 %").
    public var label: String

    public init(value: Double, label: String) {
        self.value = value
        self.label = label
    }
}

/// Horizontal bars with eighth-block precision, value labels and an optional reference mark.
///
/// Layout per row: label, bar, value. Labels are never silently cut: `draw` reports whether
/// every label and value fitted, so a slide can say it does not fit.
public struct HorizontalBarChart<Role: ChartRoles>: Sendable {
    public var items: [BarItem<Role>]
    public var reference: BarReference?
    /// The value a full bar stands for; nil: the largest value (or the reference).
    public var maximum: Double?
    /// Below this many cells for the bars the chart shows "label: value" rows only.
    public static var minimumBar: Int { 8 }

    public init(items: [BarItem<Role>], reference: BarReference? = nil, maximum: Double? = nil) {
        self.items = items
        self.reference = reference
        self.maximum = maximum
    }

    /// Rows the chart needs: one per item, plus one for the reference legend.
    public var height: Int { items.count + (reference == nil ? 0 : 1) }

    public var scale: Double {
        maximum ?? max(items.compactMap { $0.value }.max() ?? 0, reference?.value ?? 0)
    }

    /// The label column's width at a total width: the longest shown label, at most half.
    public func labelWidth(total: Int) -> Int {
        min(shownLabels(total: total).map { DisplayWidth.of($0) }.max() ?? 0, total / 2)
    }

    /// Labels as shown: a label too long for half the width loses its "(…)" explanation first.
    public func shownLabels(total: Int) -> [String] {
        items.map { item in
            guard DisplayWidth.of(item.label) > total / 2, let cut = item.label.firstRange(of: " (") else {
                return item.label
            }
            let short = String(item.label[..<cut.lowerBound])
            return short.isEmpty ? item.label : short
        }
    }

    public var valueWidth: Int { items.map { DisplayWidth.of($0.valueText) }.max() ?? 0 }

    /// Draws into `rect` (top rows); returns false when a label or value had to be cut.
    @discardableResult
    public func draw(into buffer: inout ScreenBuffer, rect: Rect, theme: ResolvedRoles<Role>, unicode: Bool) -> Bool {
        let labels = labelWidth(total: rect.width)
        let shown = shownLabels(total: rect.width)
        let barWidth = rect.width - labels - valueWidth - 2
        var fits = shown.allSatisfy { DisplayWidth.of($0) <= labels } && valueWidth <= rect.width
        guard barWidth >= HorizontalBarChart.minimumBar else {
            return drawCompact(into: &buffer, rect: rect, theme: theme, unicode: unicode)
        }
        let barX = rect.x + labels + 1
        for (offset, item) in items.enumerated() where offset < rect.height {
            let y = rect.y + offset
            buffer.write(
                DisplayWidth.truncate(shown[offset], to: labels), x: rect.x, y: y, style: theme[item.labelRole],
                clip: rect)
            if let value = item.value, scale > 0 {
                buffer.write(
                    BarGlyphs.bar(fraction: value / scale, width: barWidth, unicode: unicode), x: barX, y: y,
                    style: theme[.chartBar], clip: rect)
            }
            buffer.write(
                DisplayWidth.pad(item.valueText, to: valueWidth, alignRight: true), x: rect.maxX - valueWidth, y: y,
                style: theme[item.valueRole], clip: rect)
        }
        if let reference, scale > 0 {
            fits =
                drawReference(
                    reference, into: &buffer, rect: rect, barX: barX, barWidth: barWidth, theme: theme,
                    unicode: unicode) && fits
        }
        return fits && rect.height >= height
    }

    /// The mark across every row, then "▲ label" on the row below the bars.
    private func drawReference(
        _ reference: BarReference, into buffer: inout ScreenBuffer, rect: Rect, barX: Int,
        barWidth: Int, theme: ResolvedRoles<Role>, unicode: Bool
    ) -> Bool {
        let x = barX + BarGlyphs.column(fraction: reference.value / scale, width: barWidth)
        let style = theme[.chartReference]
        for offset in 0..<min(items.count, rect.height) {
            buffer[x, rect.y + offset] = Cell(character: BarGlyphs.marker(unicode: unicode), style: style)
        }
        guard items.count < rect.height else { return false }
        let legend = (unicode ? "▲ " : "^ ") + reference.label
        let start = min(x, max(rect.x, rect.maxX - DisplayWidth.of(legend)))
        buffer.write(legend, x: start, y: rect.y + items.count, style: style, clip: rect)
        return DisplayWidth.of(legend) <= rect.width
    }

    /// Too narrow for bars: "label: value" per row.
    private func drawCompact(into buffer: inout ScreenBuffer, rect: Rect, theme: ResolvedRoles<Role>, unicode: Bool)
        -> Bool
    {
        var fits = true
        for (offset, item) in items.enumerated() where offset < rect.height {
            let text = item.label + ": " + item.valueText
            fits = fits && DisplayWidth.of(text) <= rect.width
            buffer.write(
                DisplayWidth.truncate(text, to: rect.width), x: rect.x, y: rect.y + offset,
                style: theme[item.labelRole], clip: rect)
        }
        if let reference, items.count < rect.height {
            buffer.write(
                DisplayWidth.truncate((unicode ? "▲ " : "^ ") + reference.label, to: rect.width), x: rect.x,
                y: rect.y + items.count,
                style: theme[.chartReference], clip: rect)
        }
        return fits && rect.height >= height
    }
}
