import Foundation

/// Finds the `sterk` executable that `swift test` built next to the test bundle.
enum BuiltBinary {
    /// The absolute path of `sterk`, or nil when it cannot be found.
    static let path: String? = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        for _ in 0..<6 {
            directory = directory.deletingLastPathComponent()
            let candidate = directory.appendingPathComponent("sterk").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()
}

/// Whether the tools the terminal tests need are here.
enum Tools {
    /// tmux on PATH.
    static let hasTmux: Bool = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/tmux") }
    }()
}
