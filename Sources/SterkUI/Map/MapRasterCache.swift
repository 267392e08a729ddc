import Foundation

/// Remembers rasters per (size, mode), so moving the selection never re-rasterises.
///
/// A class because the cache is shared by every copy of a scene; the lock makes that safe
/// if a view is ever rendered off the main thread.
final class MapRasterCache: @unchecked Sendable {
    struct Key: Hashable {
        let columns: Int
        let rows: Int
        let mode: MapMode
    }

    /// A few sizes are plenty: the panel, the full-screen slide, a resize in progress.
    private static let capacity = 6
    private let lock = NSLock()
    private var entries: [Key: MapRaster] = [:]
    private var order: [Key] = []
    private(set) var builds = 0

    /// The cached raster, or the one `build` makes (then kept, oldest entry evicted).
    func value(for key: Key, build: () -> MapRaster) -> MapRaster {
        lock.lock()
        defer { lock.unlock() }
        if let hit = entries[key] { return hit }
        let raster = build()
        builds += 1
        entries[key] = raster
        order.append(key)
        if order.count > MapRasterCache.capacity { entries[order.removeFirst()] = nil }
        return raster
    }
}
