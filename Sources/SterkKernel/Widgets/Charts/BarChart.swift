/// One row of a horizontal bar chart in a document: label, bar (eighth-block precision),
/// value, and an optional reference mark; the bar goes first when space is short.
public struct BarChart<Role: ChartRoles> {
    public let theme: ResolvedRoles<Role>
    public let glyphs: Glyphs
    /// Below this many cells for the bar, the chart collapses to "label  value".
    public static var minimumBar: Int { 8 }

    public init(theme: ResolvedRoles<Role>, glyphs: Glyphs) {
        self.theme = theme
        self.glyphs = glyphs
    }

    public func draw(
        label: [StyledSpan<Role>], fraction: Double?, value: StyledSpan<Role>, reference: Double? = nil,
        into buffer: inout ScreenBuffer,
        x: Int, y: Int, width: Int
    ) {
        let valueWidth = min(DisplayWidth.of(value.text), max(0, width * 2 / 5))
        let labelWidth = min(34, max(0, width * 3 / 10))
        let barWidth = width - labelWidth - valueWidth - 2
        let clip = Rect(x: x, y: y, width: width, height: 1)
        let labelText = StyledSpan.text(of: label)
        guard barWidth >= BarChart.minimumBar else {
            let used = buffer.write(
                DisplayWidth.truncate(labelText, to: max(0, width - valueWidth - 2)) + ": ",
                x: x, y: y, style: theme[.chartLabel], clip: clip)
            buffer.write(
                DisplayWidth.truncate(value.text, to: width - used), x: x + used, y: y,
                style: theme[value.role], clip: clip)
            return
        }
        buffer.write(DisplayWidth.pad(labelText, to: labelWidth), x: x, y: y, style: theme[.chartLabel], clip: clip)
        let bar = fraction.map { BarGlyphs.bar(fraction: $0, width: barWidth, unicode: glyphs.unicode) } ?? ""
        buffer.write(bar, x: x + labelWidth + 1, y: y, style: theme[.chartBar], clip: clip)
        if let reference {
            let column = x + labelWidth + 1 + BarGlyphs.column(fraction: reference, width: barWidth)
            buffer[column, y] = Cell(
                character: BarGlyphs.marker(unicode: glyphs.unicode), style: theme[.chartReference])
        }
        buffer.write(
            DisplayWidth.truncate(value.text, to: valueWidth), x: x + width - valueWidth, y: y,
            style: theme[value.role], clip: clip)
    }
}
