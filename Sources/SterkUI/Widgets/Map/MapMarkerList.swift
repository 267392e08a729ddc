import SterkModel

/// One row of the map's plain list: the accessible alternative to the picture.
public struct MapListEntry: Sendable, Hashable {
    public let markerID: String
    public let name: String
    /// "focusgebied", "M50-pilot" or "vergelijkingsgebied".
    public let kind: String
    /// "Zeist (Utrecht)".
    public let municipality: String

    /// The row as one line for a screen reader: "Vollenhove — M50-pilot — Zeist (Utrecht)".
    public var line: String { "\(name) — \(kind) — \(municipality)" }
}

extension MapScene {
    /// The markers as a plain list in the map's list order (north to south).
    public var accessibleList: [MapListEntry] {
        markers.map { marker in
            let town = dataset.municipality(marker.municipalityCode)?.name ?? marker.municipalityCode
            return MapListEntry(
                markerID: marker.id, name: marker.name, kind: marker.kind.label,
                municipality: "\(town) (\(dataset.provinceName(ofMunicipality: marker.municipalityCode)))")
        }
    }
}
