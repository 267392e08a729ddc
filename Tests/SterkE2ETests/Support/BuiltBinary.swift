import Foundation

/// Finds the `sterk` executable that `swift test` built next to the test bundle, or the one
/// `STERK_E2E_BINARY` names (CI runs the exit and signal tests again on the release build).
enum BuiltBinary {
    /// The absolute path of `sterk`, or nil when it cannot be found.
    static let path: String? = {
        if let chosen = ProcessInfo.processInfo.environment["STERK_E2E_BINARY"], !chosen.isEmpty {
            return FileManager.default.isExecutableFile(atPath: chosen) ? chosen : nil
        }
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
