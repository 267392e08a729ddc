import Foundation

/// Runs the built `sterk` binary as a real process and captures what it prints.
///
/// Uses posix_spawn + waitpid: Foundation.Process can hang in `waitUntilExit` on Linux.
enum SterkBinary {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The executable next to the test bundle (`swift test` builds it because the target depends on it).
    static var path: String {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("sterk").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("sterk").path
    }

    /// Runs `sterk arguments`; `stdoutPath` sends standard output there instead of a capture
    /// file (say /dev/full), and then `Result.stdout` is empty.
    static func run(
        _ arguments: [String], environment extra: [String: String] = [:],
        stdoutPath: String? = nil
    ) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sterk-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out").path
        let err = folder.appendingPathComponent("err").path
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = folder.appendingPathComponent("xdg").path
        for (key, value) in extra { environment[key] = value }
        let status = spawn([path] + arguments, stdout: stdoutPath ?? out, stderr: err, environment: environment)
        return Result(
            status: status, stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    }

    static func spawn(_ argv: [String], stdout: String, stderr: String, environment: [String: String]) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let args = argv.map { strdup($0) } + [nil]
        let env = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (args + env).forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, argv[0], &actions, nil, args, env) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status >> 8) & 0xff
    }
}

/// A temporary `$XDG_DATA_HOME` whose `sterk/dataset.json` is a copy of a test fixture.
struct UserDataHome {
    let folder: URL

    /// Copies `fixture` (a path below the CLI fixtures) in as the user's dataset.
    init(copying fixture: String) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sterk-xdg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("sterk"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: CLITests.fixtures.appendingPathComponent(fixture),
            to: folder.appendingPathComponent("sterk/dataset.json"))
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
