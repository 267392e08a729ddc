import SterkModel

extension MapMarker {
    /// Every focus area and wijk of the dataset as markers, in reading order:
    /// north to south, then west to east (the order Home/End and the list view follow).
    public static func all(in dataset: Dataset) -> [MapMarker] {
        let areas = dataset.focusAreas.map {
            MapMarker(
                kind: .focusArea, entity: .focusArea(id: $0.id), name: $0.name,
                municipalityCode: $0.municipalityCode, location: $0.location)
        }
        let wijken = dataset.wijken.map {
            MapMarker(
                kind: $0.kind == .pilot ? .pilot : .comparison, entity: .wijk(id: $0.id), name: $0.name,
                municipalityCode: $0.municipalityCode, location: $0.location)
        }
        return (areas + wijken).sorted(by: readingOrder)
    }

    /// North before south, west before east, then kind and name so the order is total.
    static func readingOrder(_ a: MapMarker, _ b: MapMarker) -> Bool {
        if a.location.lat != b.location.lat { return a.location.lat > b.location.lat }
        if a.location.lon != b.location.lon { return a.location.lon < b.location.lon }
        if a.kind != b.kind { return a.kind.rawValue < b.kind.rawValue }
        return a.name < b.name
    }
}

extension MapMarker.Entity {
    /// The dataset entity, for the detail panel that Enter opens.
    public func resolve(in dataset: Dataset) -> DatasetEntity? {
        switch self {
        case let .focusArea(id): return dataset.focusArea(id).map(DatasetEntity.focusArea)
        case let .wijk(id): return dataset.wijk(id).map(DatasetEntity.wijk)
        }
    }
}
