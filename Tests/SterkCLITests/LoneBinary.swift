import Foundation

/// The built `sterk` alone in a fresh folder: without `sterk-postgres` and without the
/// `*.resources` folders that `swift build` puts beside it, as after a careless install.
enum LoneBinary {
    /// Runs the lone copy with the arguments `arguments(folder)` gives, after `prepare(folder)`
    /// (which may copy things beside it); returns its exit status and what it wrote to stderr.
    static func run(
        prepare: (URL) throws -> Void = { _ in }, _ arguments: (URL) -> [String]
    ) throws -> (status: Int32, error: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sterk-alleen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try prepare(folder)
        let status = SterkBinary.spawn(
            [try place(in: folder)] + arguments(folder), stdout: folder.appendingPathComponent("out").path,
            stderr: folder.appendingPathComponent("err").path,
            environment: ["PATH": "/usr/bin:/bin", "XDG_DATA_HOME": folder.appendingPathComponent("xdg").path])
        return (status, try String(contentsOf: folder.appendingPathComponent("err"), encoding: .utf8))
    }

    /// Copies the `*.resources` folders the build put beside `sterk` into `folder` (a `prepare`).
    static func copyResources(into folder: URL) throws {
        let built = URL(fileURLWithPath: SterkBinary.path).deletingLastPathComponent()
        for name in ["sterk_SterkModel.resources", "sterk_SterkUI.resources"] {
            try FileManager.default.copyItem(
                at: built.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
    }

    /// The built binary in `folder`: a hard link (its own directory is what /proc/self/exe and
    /// `Bundle.main` report), or a copy across file systems.
    static func place(in folder: URL) throws -> String {
        let alone = folder.appendingPathComponent("sterk").path
        if link(SterkBinary.path, alone) != 0 {
            try FileManager.default.copyItem(atPath: SterkBinary.path, toPath: alone)
        }
        return alone
    }
}
