/// Which raster: rasters are remembered per (size, mode), so moving the selection never re-rasterises.
struct MapRasterKey: Hashable {
    let columns: Int
    let rows: Int
    let mode: MapMode
}

extension MapScene {
    /// A few sizes are plenty: the panel, the full-screen slide, a resize in progress.
    static let rasterLimit = 6
}
