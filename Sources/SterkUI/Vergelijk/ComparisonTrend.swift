import SterkModel

/// The Leefbaarometer trend of a comparison as a chart: the pilot's wijk (●), optionally one
/// other area (○), the national reference line and the pilot's start when a source dates it.
enum ComparisonTrend {
    /// The chart for `comparison`; `other` adds that column's series beside the pilot's.
    static func chart(_ comparison: PilotComparison, other: PilotComparison.Column? = nil) -> TrendChart<ThemeRole>? {
        guard let pilot = comparison.columns.first(where: { $0.kind == .pilotArea && $0.leefbaarometer != nil }),
            let pilotSeries = pilot.leefbaarometer
        else { return nil }
        var series: [TrendSeries<ThemeRole>] = []
        if let other, other.code != pilot.code, let otherSeries = other.leefbaarometer {
            series.append(trendSeries(otherSeries, label: other.title, glyph: TrendGlyph.at(1), role: .textDim))
        }
        series.append(trendSeries(pilotSeries, label: pilot.title, glyph: TrendGlyph.at(0), role: .chartBar))
        let reference = comparison.leefbaarometerReference.map {
            TrendReference(value: $0, label: DutchComparison.referenceLegend(DutchNumber.fixed($0, decimals: 2)))
        }
        let mark = comparison.startYear.map {
            TrendMark(year: $0, label: DutchComparison.startLegend(comparison.pilot, year: $0))
        }
        return TrendChart(
            series: series, reference: reference, mark: mark, unknownText: Dutch.unknown,
            decimalMark: DutchNumber.decimalMark)
    }

    static func trendSeries(_ series: LeefbaarometerSeries, label: String, glyph: TrendGlyph, role: ThemeRole)
        -> TrendSeries<ThemeRole>
    {
        TrendSeries(
            label: label, points: series.points.map { TrendPoint(year: $0.year, value: $0.score) }, glyph: glyph,
            role: role)
    }

    /// "Leefbaarometer 2002–2024 (score)", from the series' own years.
    static func title(_ comparison: PilotComparison) -> String {
        let years = comparison.columns.compactMap(\.leefbaarometer).flatMap { $0.points.map(\.year) }
        guard let first = years.min(), let last = years.max() else { return DutchComparison.trendTitleNoYears }
        return DutchComparison.trendTitle(first, last)
    }

    /// The start line under the chart: the sourced year, or "onbekend" said plainly.
    static func startSpans(_ comparison: PilotComparison) -> [Span] {
        guard let year = comparison.startYear else {
            guard let start = comparison.start else {
                return [
                    Span(DutchComparison.startLine, .textDim), Span(Dutch.unknown, .gap),
                    Span(DutchComparison.startUnknownWhy, .textDim),
                ]
            }
            return [
                Span(start.text, .gap),
                Span(" " + (start.note.map { $0 + " " } ?? "") + DutchComparison.notMarked, .textDim),
            ]
        }
        var spans = [Span(DutchComparison.startLine, .textDim), Span(String(year), .m50Marker)]
        if let start = comparison.start { spans.append(Span(" – " + start.text, .textDim)) }
        return spans
    }
}
