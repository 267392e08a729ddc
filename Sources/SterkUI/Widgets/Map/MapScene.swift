import SterkModel

/// What the map shows, built once per dataset: geometry, markers, M50 members, and a cache.
///
/// Create it when the map is first needed; the geometry file is read on first use of
/// `GeoBundle.bundled`, never on the CLI's start-up path.
public struct MapScene: Sendable {
    public let dataset: Dataset
    /// The outlines, or why they could not be loaded (the view then shows the reason).
    public let geometry: Result<GeoBundle, GeoError>
    /// Focus areas and wijken in reading order (north to south, west to east).
    public let markers: [MapMarker]
    /// CBS codes of the municipalities on the M50 member list (shaded).
    public let memberCodes: [String]
    /// Rasters per (size, mode); shared by every copy of the scene.
    let cache = Memo<MapRasterKey, MapRaster>(limit: MapScene.rasterLimit)

    /// Builds the scene; by default with the bundled geometry.
    public init(dataset: Dataset, geometry: Result<GeoBundle, GeoError> = GeoBundle.bundled) {
        self.dataset = dataset
        self.geometry = geometry
        markers = MapMarker.all(in: dataset)
        memberCodes = dataset.m50.memberList.members.map(\.municipalityCode)
    }

    /// The credit line to show with the map.
    public var attribution: String {
        (try? geometry.get().attribution) ?? DutchMap.attribution
    }

    /// The raster for a map grid, rasterised once per (size, mode) and then reused.
    func raster(columns: Int, rows: Int, mode: MapMode) -> MapRaster? {
        guard case let .success(geo) = geometry else { return nil }
        let key = MapRasterKey(columns: columns, rows: rows, mode: mode)
        return cache.value(key) {
            MapRaster.build(scene: self, geometry: geo, columns: columns, rows: rows, mode: mode)
        }
    }

    /// The projection the map uses for a grid of this size (the same as the raster's).
    public func projection(columns: Int, rows: Int, mode: MapMode) -> MapProjection? {
        guard case let .success(geo) = geometry else { return nil }
        return MapProjection(bounds: geo.bounds, columns: columns, rows: rows, dots: mode.dots)
    }
}
