import Foundation
import Testing

/// A `sterk` process started with posix_spawn (Foundation.Process can hang in test runners),
/// its standard output going to a file so that a killed child loses nothing already written.
final class ChildProcess {
    let pid: pid_t
    let outputPath: String

    /// Starts `executable` with `arguments`; stdout to `outputPath`, stderr to `outputPath.err`.
    init(_ executable: String, _ arguments: [String], outputPath: String) throws {
        self.outputPath = outputPath
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, outputPath + ".err", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let code = posix_spawn(&child, executable, &actions, nil, argv, environ)
        try #require(code == 0, "posix_spawn \(executable): \(String(cString: strerror(code)))")
        pid = child
    }

    private var exitStatus: Int32?

    /// Waits for the process; returns its exit status (or 128 + signal).
    @discardableResult
    func wait() -> Int32 {
        if let exitStatus { return exitStatus }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return record(status)
    }

    /// The exit status if the process has ended, without waiting.
    func exitedStatus() -> Int32? {
        if let exitStatus { return exitStatus }
        var status: Int32 = 0
        return waitpid(pid, &status, WNOHANG) == pid ? record(status) : nil
    }

    /// Kills it with SIGKILL, as a crash or power-button would, and reaps it.
    func kill() {
        if exitStatus == nil { _ = Glibc.kill(pid, SIGKILL) }
        wait()
    }

    private func record(_ status: Int32) -> Int32 {
        let signal = status & 0x7F
        let code = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        exitStatus = code
        return code
    }

    /// Lines written to stdout so far.
    var outputLines: [String] {
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }

    /// What it wrote to stderr.
    var errorText: String {
        (try? String(contentsOfFile: outputPath + ".err", encoding: .utf8)) ?? ""
    }
}

/// Finds the built `sterk` binary: $STERK_BIN, or next to the test bundle in the build directory.
enum SterkBinary {
    static func path() throws -> String {
        if let explicit = ProcessInfo.processInfo.environment["STERK_BIN"] { return explicit }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("sterk").path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate)
            {
                return candidate
            }
            directory = directory.deletingLastPathComponent()
        }
        let message = "sterk binary not found near \(CommandLine.arguments[0]); build it (swift build) or set STERK_BIN"
        try #require(Bool(false), Comment(rawValue: message))
        return ""
    }

    /// The binary, after checking that it has the (hidden) `werkbezoek _stress` command.
    static func withStressCommand(scratch directory: TemporaryDirectory) throws -> String {
        let binary = try path()
        // Zero changes: parses the command line and opens a scratch store, nothing more.
        let arguments = ["werkbezoek", "_stress", "WB-2000-001", "0", "--store", directory.file("probe.sqlite")]
        let probe = try ChildProcess(binary, arguments, outputPath: directory.file("probe"))
        try #require(
            probe.wait() == 0,
            "\(binary) has no `werkbezoek _stress`: is VisitCommand among SterkCommand's subcommands? \(probe.errorText)"
        )
        return binary
    }
}
