/// Anything `sterk toon NAAM` can show: a focus area, a municipality or a wijk.
public enum DatasetEntity: Sendable, Hashable {
    case focusArea(FocusArea)
    case municipality(Municipality)
    case wijk(Wijk)

    /// The display name.
    public var name: String {
        switch self {
        case let .focusArea(area): return area.name
        case let .municipality(municipality): return municipality.name
        case let .wijk(wijk): return wijk.name
        }
    }

    /// Dutch noun for the kind of thing.
    public var kindLabel: String {
        switch self {
        case .focusArea: return DutchEntityKind.focusArea
        case .municipality: return DutchEntityKind.municipality
        case let .wijk(wijk): return wijk.kind == .pilot ? DutchEntityKind.pilotWijk : DutchEntityKind.comparisonArea
        }
    }

    /// Every name it can be found by: name, id/code, former and alternative names.
    public var searchNames: [String] {
        switch self {
        case let .focusArea(area): return [area.name, area.id] + (area.name2022.map { [$0] } ?? [])
        case let .municipality(municipality): return [municipality.name, municipality.code] + municipality.aliases
        case let .wijk(wijk): return [wijk.name, wijk.id] + (wijk.cbsCode.map { [$0] } ?? [])
        }
    }
}

extension Dataset {
    /// Every focus area, municipality and wijk, in that order.
    public var allEntities: [DatasetEntity] {
        focusAreas.map(DatasetEntity.focusArea) + wijken.map(DatasetEntity.wijk)
            + municipalities.map(DatasetEntity.municipality)
    }
}
