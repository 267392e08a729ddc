import SterkModel

/// The facts shown beside the map for a marker; gaps read "onbekend".
struct MapMarkerDetails {
    let name: String
    let kind: String
    let municipality: String
    let isMember: Bool
    let inhabitants: String
    let lowWelfare: String
    let location: String
    /// The dataset's own words on how exact the location is.
    let locationNote: String?

    init(marker: MapMarker, dataset: Dataset) {
        name = marker.name
        kind = marker.kind.label
        let town = dataset.municipality(marker.municipalityCode)?.name ?? marker.municipalityCode
        municipality = "\(town) (\(dataset.provinceName(ofMunicipality: marker.municipalityCode)))"
        isMember = dataset.isM50Member(marker.municipalityCode)
        let figures = MapMarkerDetails.figures(of: marker, in: dataset)
        inhabitants = figures.inhabitants.map(DutchFormat.value) ?? DutchFormat.unknown
        lowWelfare = figures.lowWelfare.map(DutchFormat.value) ?? DutchFormat.unknown
        let precision = marker.location.precision == .placeholder ? DutchMap.placeholder : DutchMap.approximate
        location = marker.marksTownOnly ? "\(precision); \(DutchMap.marksTown)" : precision
        locationNote = marker.location.note
    }

    /// The side pane's lines before wrapping: name first, then kind, place and figures.
    var lines: [String] {
        [
            "▶ \(name)", kind, "Gemeente: \(municipality)",
            isMember ? DutchMap.memberYes : DutchMap.memberNo,
            "\(DutchMap.inhabitants): \(inhabitants)", "\(DutchMap.lowWelfare): \(lowWelfare)",
            "\(DutchMap.location): \(location)",
        ] + (locationNote.map { ["", $0] } ?? [])
    }

    /// Two dense lines for the narrow layout under the map.
    var compactLines: [String] {
        [
            "▶ \(name) · \(kind) · \(municipality)",
            "\(DutchMap.inhabitants) \(inhabitants) · \(DutchMap.lowWelfare) \(lowWelfare)",
        ]
    }

    /// A focus area has both figures; a wijk has them only when its figure list holds them.
    private static func figures(of marker: MapMarker, in dataset: Dataset) -> (
        inhabitants: Figure?, lowWelfare: Figure?
    ) {
        switch marker.entity {
        case let .focusArea(id):
            let area = dataset.focusArea(id)
            return (area?.inhabitants, area?.lowWelfareShare)
        case let .wijk(id):
            let figures = dataset.wijk(id)?.figures ?? []
            let people = figures.first { $0.unit == .persons && isAreaInhabitants($0.label) }
            let welfare = figures.first(where: DutchDatasetPhrases.isLowWelfareShare)
            return (people, welfare)
        }
    }

    /// "Inwoners" or "Inwoners van de wijk", but not the whole municipality's count.
    private static func isAreaInhabitants(_ label: String) -> Bool {
        let folded = SearchFold.fold(label)
        return folded.hasPrefix(DutchDatasetPhrases.inhabitants) && !folded.contains(DutchDatasetPhrases.municipality)
    }
}
