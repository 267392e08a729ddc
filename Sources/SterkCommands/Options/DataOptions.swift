import ArgumentParser
import Foundation
import SterkModel

/// `--data BESTAND`: which dataset to use. Order: the flag, then the user's own copy under
/// `$XDG_DATA_HOME/sterk/dataset.json`, then the bundled dataset. A broken file is an error,
/// never a silent fall-back.
public struct DataOptions: ParsableArguments {
    @Option(name: .long, help: DutchHelp.data)
    public var data: String?

    public init() {}

    /// The user's own dataset location: `$XDG_DATA_HOME/sterk/dataset.json` (default ~/.local/share).
    public static var userDatasetPath: String {
        let environment = ProcessInfo.processInfo.environment
        let base =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return base + "/sterk/dataset.json"
    }

    /// The path that will be loaded, or nil for the bundled dataset.
    public var resolvedPath: String? { Self.resolvedPath(data: data) }

    /// The path that `--data` (nil: not given) leads to, or nil for the bundled dataset.
    static func resolvedPath(data: String?) -> String? {
        if let data = data ?? GlobalOptions.current.data { return data }
        let user = Self.userDatasetPath
        return FileManager.default.fileExists(atPath: user) ? user : nil
    }

    /// Loads the dataset, printing every problem to stderr and exiting 1 when it is broken.
    /// A user's file goes through the compiled cache (`DatasetCache`, DECISIONS.md); the
    /// bundled one is small enough to parse every time.
    public func load() throws -> Dataset { try Self.load(data: data) }

    /// `load()` for a `--data` value given as a plain string (nil: not given).
    static func load(data: String?) throws -> Dataset {
        do {
            if let path = resolvedPath(data: data) {
                return try DatasetCache.load(path: path, directory: DatasetCache.defaultDirectory()).0
            }
            return try DatasetLoader.loadBundled()
        } catch {
            Console.error(ControlFree.lines(error.description))
            throw ExitCode(1)
        }
    }
}
