/// National figures derived from the 342 municipalities of an area table.
extension Dataset {
    /// The key of the density column; derived, never summed.
    static let densityKey = "bevolkingsdichtheid_per_km2"

    /// A column's national value: the sum over all gemeente rows for an additive column,
    /// inhabitants per km² of land for density, "onbekend" otherwise.
    func nationalFigure(_ table: AreaTable, _ spec: AreaColumn) -> Figure {
        let gemeenten = table.rows(level: .gemeente)
        let label = spec.label
        func sum(_ key: String) -> Double? {
            guard let column = table.columnIndex(key), !gemeenten.isEmpty else { return nil }
            var total = 0.0
            for row in gemeenten {
                guard let value = table.value(row, column: column) else { return nil }
                total += value
            }
            return total
        }
        let count = gemeenten.count
        if spec.key == Self.densityKey, let people = sum("inwoners"), let land = sum("oppervlakte_land_ha"), land > 0 {
            return Figure(
                label: label, value: (people / (land / 100)).rounded(), unit: spec.unit, asOf: table.asOf,
                sources: table.sources,
                note: DutchFigureNote.densityComputed(municipalities: count))
        }
        if spec.additive, count == municipalities.count, let total = sum(spec.key) {
            return Figure(
                label: label, value: total, unit: spec.unit, asOf: table.asOf, sources: table.sources,
                note: DutchFigureNote.sumComputed(municipalities: count))
        }
        let why =
            count == municipalities.count
            ? DutchFigureNote.notAdditive
            : DutchFigureNote.incomplete(table.title, count: count, of: municipalities.count)
        return Figure(label: label, value: nil, unit: spec.unit, asOf: table.asOf, certainty: .gap, note: why)
    }
}
