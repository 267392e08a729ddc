import SterkModel

/// One thing marked on the map: a focus area, a pilot wijk or a comparison area.
public struct MapMarker: Sendable, Hashable, Identifiable {
    /// What the marker stands for; decides its glyph.
    public enum Kind: Int, Sendable, Hashable, CaseIterable {
        case pilot, focusArea, comparison

        /// Dutch label as in the legend.
        public var label: String {
            switch self {
            case .focusArea: return DutchMap.focusArea
            case .pilot: return DutchMap.pilot
            case .comparison: return DutchMap.comparison
            }
        }

        /// The glyph in a mode: ● ◆ ◇, or o * + in ASCII.
        public func glyph(_ mode: MapMode) -> Character {
            switch (self, mode.isUnicode) {
            case (.focusArea, true): return "●"
            case (.pilot, true): return "◆"
            case (.comparison, true): return "◇"
            case (.focusArea, false): return "o"
            case (.pilot, false): return "*"
            case (.comparison, false): return "+"
            }
        }
    }

    /// The dataset entity the marker opens on Enter.
    public enum Entity: Sendable, Hashable {
        case focusArea(id: String)
        case wijk(id: String)

        /// The dataset id.
        public var id: String {
            switch self {
            case let .focusArea(id), let .wijk(id): return id
            }
        }
    }

    public let kind: Kind
    public let entity: Entity
    public let name: String
    public let municipalityCode: String
    public let location: Location
    /// Unique across kinds ("focusArea:rotterdam-zuid" and "wijk:rotterdam-zuid-nprz" differ).
    public var id: String { "\(kind):\(entity.id)" }

    /// True when the dataset says the point marks the town, not the area itself.
    public var marksTownOnly: Bool {
        location.precision == .placeholder
            || SearchFold.fold(location.note ?? "").contains(DutchDatasetPhrases.marksTown)
    }

    /// Creates a marker.
    public init(kind: Kind, entity: Entity, name: String, municipalityCode: String, location: Location) {
        self.kind = kind
        self.entity = entity
        self.name = name
        self.municipalityCode = municipalityCode
        self.location = location
    }
}
