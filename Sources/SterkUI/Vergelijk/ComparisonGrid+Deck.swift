import SterkModel

extension ComparisonGrid {
    /// Every pilot's CBS area, the Netherlands and the comparison areas on the slide indicators.
    static func allPilots(_ dataset: Dataset) -> ComparisonGrid? {
        let comparisons = dataset.wijken.filter { $0.kind == .pilot }.compactMap { dataset.comparison(pilotID: $0.id) }
        guard let first = comparisons.first else { return nil }
        var grid = ComparisonGrid(indicators: indicators(first, keys: slideKeys), areas: [])
        for comparison in comparisons {
            for (index, column) in comparison.columns.enumerated() where column.kind == .pilotArea {
                grid.areas.append(
                    grid.area(
                        column, at: index, in: comparison,
                        name: DutchComparison.pilotAreaName(column, pilot: comparison.pilot)))
            }
        }
        for (index, column) in first.columns.enumerated()
        where column.kind == .netherlands || column.kind == .comparisonArea {
            grid.areas.append(grid.area(column, at: index, in: first, name: DutchComparison.areaName(column)))
        }
        return grid
    }
}
