import SterkModel

/// Areas side by side as a table: one row per area, one column per indicator, every cell a
/// model figure (its source and date travel with it; a gap is an "onbekend" figure).
struct ComparisonGrid: Sendable {
    /// One area's row.
    struct Area: Sendable {
        var column: PilotComparison.Column
        /// How the row is named ("wijk Zeist-Noord", "Zeist-Noord (Vollenhove)").
        var name: String
        /// One figure per indicator, in indicator order.
        var figures: [Figure]
    }

    /// The indicators shown, in order (the model's rows).
    var indicators: [PilotComparison.Row]
    var areas: [Area]

    /// The indicators the panel shows when the model has them; the rest stays in the detail.
    static let preferredKeys = ["inwoners", "woningvoorraad", "bevolkingsdichtheid_per_km2", "lbm", "afw"]
    /// The narrower set on a slide.
    static let slideKeys = ["inwoners", "woningvoorraad", "lbm", "afw"]

    /// The comparison's areas (only `kinds`, when given) on the `keys` indicators the model has.
    init(_ comparison: PilotComparison, kinds: Set<PilotComparison.ColumnKind>? = nil, keys: [String] = preferredKeys) {
        indicators = ComparisonGrid.indicators(comparison, keys: keys)
        areas = []
        for (index, column) in comparison.columns.enumerated() where kinds?.contains(column.kind) ?? true {
            areas.append(area(column, at: index, in: comparison, name: DutchComparison.areaName(column)))
        }
    }

    /// A grid from areas picked out of several comparisons (the deck's comparison slide).
    init(indicators: [PilotComparison.Row], areas: [Area]) {
        self.indicators = indicators
        self.areas = areas
    }

    static func indicators(_ comparison: PilotComparison, keys: [String]) -> [PilotComparison.Row] {
        let byKey = Dictionary(comparison.rows.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let preferred = keys.compactMap { byKey[$0] }
        return preferred.isEmpty ? Array(comparison.rows.prefix(keys.count)) : preferred
    }

    /// Column `index` of `comparison` as a row of this grid's indicators.
    func area(_ column: PilotComparison.Column, at index: Int, in comparison: PilotComparison, name: String) -> Area {
        let byKey = Dictionary(comparison.rows.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let figures = indicators.map { indicator -> Figure in
            guard let row = byKey[indicator.key], row.values.indices.contains(index) else {
                return Figure(label: indicator.label, value: nil, unit: indicator.unit, certainty: .gap)
            }
            return row.values[index]
        }
        return Area(column: column, name: name, figures: figures)
    }

    /// Every source the shown figures cite, in order of first use.
    var sources: [String] {
        var seen = Set<String>()
        return areas.flatMap { $0.figures.flatMap(\.sources) }.filter { seen.insert($0).inserted }
    }

    /// The table widget: area name, then one right-aligned column per indicator.
    func table() -> FigureTable<ThemeRole> {
        let nameWidth = max(6, areas.map { DisplayWidth.of($0.name) }.max() ?? 0)
        var columns = [
            TableColumn(
                title: DutchComparison.areaHeader, preferred: nameWidth, minimum: min(nameWidth, 14),
                priority: 0)
        ]
        for (index, indicator) in indicators.enumerated() {
            let title = DutchComparison.shortIndicator(indicator)
            let widest = max(
                DisplayWidth.of(title), areas.map { DisplayWidth.of(FigureFormat.value($0.figures[index])) }.max() ?? 0)
            columns.append(
                TableColumn(
                    title: title, preferred: widest, minimum: widest,
                    priority: DutchComparison.indicatorPriority(indicator.key, index), alignRight: true))
        }
        let rows = areas.map { area in
            [Span(area.name, area.column.kind == .pilotArea ? .heading : .text)]
                + area.figures.map { Span(FigureFormat.value($0), $0.isGap ? .gap : .text) }
        }
        return FigureTable(columns: columns, rows: rows)
    }
}
