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
    ///
    /// Distances come from the store's value columns, so a million rows cost one pass and
    /// no `FocusArea` values; only the closest few are decoded for their names and details.
    init(wijk: Wijk, focusAreas: FocusAreaList, limit: Int = 3) {
        let own = PilotResemblance.ownValues(wijk)
        dimensions = own.map(\.name)
        guard !own.isEmpty, limit > 0 else { matches = []; return }
        let store = focusAreas.store
        var closest: [(distance: Double, row: Int)] = []
        for row in focusAreas.indices {
            guard let distance = PilotResemblance.distance(own, value: { store.value(row, column: $0) }) else {
                continue
            }
            guard closest.count < limit || distance <= closest[limit - 1].distance else { continue }
            closest.insert((distance, row), at: closest.firstIndex { $0.distance > distance } ?? closest.count)
            // Keep ties with the last place: the name decides between them below.
            if closest.count > limit, closest[closest.count - 1].distance > closest[limit - 1].distance {
                closest.removeLast()
            }
        }
        let scored = closest.compactMap { PilotResemblance.score(focusAreas[$0.row], own) }
        matches = Array(scored.sorted { ($0.distance, $0.area.name) < ($1.distance, $1.area.name) }.prefix(limit))
    }

    /// A compared figure: its name, the wijk's value, and the store column with the area's value.
    typealias Dimension = (name: String, value: Double, unit: FigureUnit, column: Int)

    static func ownValues(_ wijk: Wijk) -> [Dimension] {
        var result: [Dimension] = []
        if let inhabitants = wijk.figures.first(where: isWijkInhabitants)?.value {
            result.append((Dutch.dimensionInhabitants, inhabitants, .persons, 0))
        }
        if let share = wijk.figures.first(where: DutchDatasetPhrases.isLowWelfareShare)?.value {
            result.append((Dutch.dimensionLowWelfare, share, .percent, 1))
        }
        return result
    }

    /// Mean relative difference over the dimensions; nil when the area lacks one of them.
    static func distance(_ own: [Dimension], value: (Int) -> Double?) -> Double? {
        var total = 0.0
        for dimension in own {
            guard let theirs = value(dimension.column), max(theirs, dimension.value) > 0 else { return nil }
            total += abs(theirs - dimension.value) / max(theirs, dimension.value)
        }
        return total / Double(own.count)
    }

    static func pick(_ area: FocusArea, column: Int) -> Double? {
        column == 0 ? area.inhabitants.value : area.lowWelfareShare.value
    }

    static func score(_ area: FocusArea, _ own: [Dimension]) -> Match? {
        var distances: [Double] = []
        var details: [String] = []
        for dimension in own {
            guard let theirs = pick(area, column: dimension.column), max(theirs, dimension.value) > 0 else { continue }
            distances.append(abs(theirs - dimension.value) / max(theirs, dimension.value))
            details.append(
                "\(dimension.name): "
                    + Dutch.versus(
                        FigureFormat.unitText(dimension.value, dimension.unit),
                        FigureFormat.unitText(theirs, dimension.unit)))
        }
        guard distances.count == own.count else { return nil }
        return Match(area: area, distance: distances.reduce(0, +) / Double(distances.count), details: details)
    }

    /// "Inwoners" or "Inwoners van de wijk", not "Inwoners van de gemeente …".
    static func isWijkInhabitants(_ figure: Figure) -> Bool {
        let label = SearchFold.fold(figure.label)
        return figure.unit == .persons
            && (label == DutchDatasetPhrases.inhabitants
                || DutchDatasetPhrases.wijkInhabitantsPrefixes.contains { label.hasPrefix($0) })
    }
}
