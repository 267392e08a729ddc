import Foundation

/// Finds a module's resource folder where SwiftPM puts it — beside the program, named
/// `PACKAGE_MODULE.resources` — without `Bundle.module`: its generated accessor stops the
/// program with a fatal error and a stack trace when the folder is missing, as it is for a
/// binary copied or installed without it. Here a missing folder is nil, and the caller says
/// in Dutch what to copy.
public enum ModuleResources {
    /// The folder the program looks in: the one that holds the running executable.
    public static var directory: URL { Bundle.main.bundleURL }

    /// The resource folder of `module`, or nil when there is none beside the program.
    ///
    /// The package part of the name differs by build (`sterk_`, the fuzz package's
    /// `sterk-fuzz_`), so any `*_MODULE.resources` counts; `sterk_` is tried first.
    public static func bundle(module: String) -> Bundle? {
        let usual = directory.appendingPathComponent("sterk_\(module).resources")
        if isDirectory(usual.path) { return Bundle(url: usual) }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let other = names.sorted().lazy.filter { $0.hasSuffix("_\(module).resources") }
            .map(directory.appendingPathComponent).first { isDirectory($0.path) }
        return other.flatMap(Bundle.init(url:))
    }

    /// The SterkModel folder (the dataset and the map geometry); looked up once.
    static let model = bundle(module: "SterkModel")

    /// "no folder *_SterkModel.resources beside the program in DIR", for messages.
    public static func missing(module: String) -> String {
        DutchFile.resourcesMissing(module: module, directory: directory)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
