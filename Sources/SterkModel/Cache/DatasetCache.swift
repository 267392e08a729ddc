import Foundation

/// A compiled copy of a user's dataset, so that a big file opens in a fraction of a second.
///
/// The first load of a file validates it completely and writes `dataset-<hash>.cache`: the
/// file without its focus-area array, plus the compact focus-area store. Later loads map the
/// cache and decode only the small part. A cache is used only when its format version, the
/// source path and the source file's size, times, inode and device all match, and its
/// checksum is right; anything else (stale, truncated, garbage) is ignored and rebuilt.
public enum DatasetCache {
    static let magic = Array("STERKDC\u{1}".utf8)
    /// Bump when the layout or the validation rules change: old caches are then rebuilt.
    static let formatVersion: UInt64 = 2
    static let headerSize = 112

    /// `$XDG_CACHE_HOME/sterk`, else `~/.cache/sterk`.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base =
            environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.cache"
        return base + "/sterk"
    }

    /// Where the cache of `path` lives in `directory`.
    public static func cachePath(for path: String, in directory: String) -> String {
        let hash = String(pathHash(absolute(path)), radix: 16)
        return directory + "/dataset-" + String(repeating: "0", count: max(0, 16 - hash.count)) + hash + ".cache"
    }

    /// How a load went, for tests and `--verbose`-style diagnostics.
    public enum Outcome: Equatable, Sendable {
        case usedCache
        case rebuilt
        case notWritten
    }

    /// Loads `path` through the cache in `directory`, building or rebuilding it when needed.
    public static func load(path: String, displayName: String? = nil, directory: String) throws(DatasetError) -> (
        Dataset, Outcome
    ) {
        let cache = cachePath(for: path, in: directory)
        if let before = FileIdentity.of(path), let dataset = read(cache: cache, source: path, identity: before) {
            return (dataset, .usedCache)
        }
        let name = displayName ?? path
        let before = FileIdentity.of(path)
        let bytes: [UInt8]
        do { bytes = try DatasetLoader.readBytes(path: path) } catch {
            throw .unreadable(file: name, reason: error.localizedDescription)
        }
        let decoded = try DatasetLoader.decodeDetailed(bytes: bytes, fileName: name)
        guard let before, FileIdentity.of(path) == before, let range = decoded.focusAreaRange else {
            return (decoded.dataset, .notWritten)
        }
        let written = write(
            cache: cache, directory: directory, source: path, identity: before, bytes: bytes,
            focusAreaRange: range, store: decoded.dataset.focusAreas.store)
        return (decoded.dataset, written ? .rebuilt : .notWritten)
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    static func pathHash(_ path: String) -> UInt64 {
        var path = path
        return path.withUTF8 { FocusAreaStore.hash($0) }
    }
}
