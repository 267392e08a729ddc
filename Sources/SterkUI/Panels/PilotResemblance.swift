import SterkModel

/// Which focus areas an M50 pilot wijk most resembles, by the figures both have in the dataset.
///
/// Focus areas carry only two figures (inhabitants, share with low financial welfare), so those
/// are the only ones compared; a wijk without either gets an honest "too few figures".
struct PilotResemblance: Sendable {
    /// One focus area and how close it is.
    struct Match: Sendable {
        var area: FocusArea
        /// Mean relative difference over the compared figures (0 = identical).
        var distance: Double
        /// "inwoners: wijk 35.000, gebied 37.000", one per compared figure.
        var details: [String]
    }

    /// The figures compared, in Dutch ("inwoners").
    var dimensions: [String]
    /// Closest first; empty when there was nothing to compare.
    var matches: [Match]

    /// Compares a wijk with every focus area; keeps the `limit` closest.
    init(wijk: Wijk, focusAreas: [FocusArea], limit: Int = 3) {
        let own = PilotResemblance.ownValues(wijk)
        dimensions = own.map(\.name)
        guard !own.isEmpty else { matches = []; return }
        let scored = focusAreas.compactMap { area in PilotResemblance.score(area, own) }
        matches = Array(scored.sorted { ($0.distance, $0.area.name) < ($1.distance, $1.area.name) }.prefix(limit))
    }

    typealias Dimension = (name: String, value: Double, unit: FigureUnit, pick: @Sendable (FocusArea) -> Double?)

    static func ownValues(_ wijk: Wijk) -> [Dimension] {
        var result: [Dimension] = []
        if let inhabitants = wijk.figures.first(where: isWijkInhabitants)?.value {
            result.append((Dutch.dimensionInhabitants, inhabitants, .persons, { $0.inhabitants.value }))
        }
        if let share = wijk.figures.first(where: isLowWelfare)?.value {
            result.append((Dutch.dimensionLowWelfare, share, .percent, { $0.lowWelfareShare.value }))
        }
        return result
    }

    static func score(_ area: FocusArea, _ own: [Dimension]) -> Match? {
        var distances: [Double] = []
        var details: [String] = []
        for dimension in own {
            guard let theirs = dimension.pick(area), max(theirs, dimension.value) > 0 else { continue }
            distances.append(abs(theirs - dimension.value) / max(theirs, dimension.value))
            details.append("\(dimension.name): " + Dutch.versus(FigureFormat.unitText(dimension.value, dimension.unit),
                                                                 FigureFormat.unitText(theirs, dimension.unit)))
        }
        guard distances.count == own.count else { return nil }
        return Match(area: area, distance: distances.reduce(0, +) / Double(distances.count), details: details)
    }

    /// "Inwoners" or "Inwoners van de wijk", not "Inwoners van de gemeente …".
    static func isWijkInhabitants(_ figure: Figure) -> Bool {
        let label = SearchFold.fold(figure.label)
        return figure.unit == .persons && (label == "inwoners" || label.hasPrefix("inwoners van de wijk")
            || label.hasPrefix("inwoners in de wijk"))
    }

    static func isLowWelfare(_ figure: Figure) -> Bool {
        figure.unit == .percent && SearchFold.fold(figure.label).contains("lage financiele welvaart")
    }
}
