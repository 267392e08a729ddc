import Foundation

/// Runs a program and waits for it, without Foundation.Process.
///
/// `Process.waitUntilExit` hangs forever once tmux daemonises its server (the server inherits
/// Foundation's exit-detection socket, swift-corelibs-foundation#4795). And test threads block
/// almost every signal; a spawned tmux would pass that mask on to the app, which would then
/// never see SIGWINCH. So: posix_spawn with an empty mask and default handlers.
enum Spawn {
    /// How a spawned program ended.
    struct Result {
        var status: Int32
        var output: String
    }

    /// Runs `argv` (looked up in PATH) with stdin from /dev/null, stdout and stderr to files.
    /// Returns the exit status (or 128 + signal) and the captured stdout.
    static func run(
        _ argv: [String], environment: [String: String]? = nil,
        stdoutPath: String? = nil, stderrPath: String = "/dev/null"
    ) -> Result {
        let outPath = stdoutPath ?? temporaryFile()
        defer { if stdoutPath == nil { unlink(outPath) } }
        let status = spawnAndWait(
            argv, environment: environment ?? inheritedEnvironment(),
            stdoutPath: outPath, stderrPath: stderrPath)
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        return Result(status: status, output: output)
    }

    /// The test's environment without tmux's variables (each test runs its own server).
    static func inheritedEnvironment() -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["TMUX_PANE"] = nil
        return environment
    }

    private static func spawnAndWait(
        _ argv: [String], environment: [String: String],
        stdoutPath: String, stderrPath: String
    ) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        // A file, not a pipe: a daemonised tmux server would keep a pipe open forever.
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let arguments = argv.map { strdup($0) } + [nil]
        let variables = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (arguments + variables).forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, argv[0], &actions, &attributes, arguments, variables) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    /// A fresh empty file in the temporary directory.
    static func temporaryFile() -> String {
        var template = Array((NSTemporaryDirectory() + "/sterk-e2e-out-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        if fd >= 0 { close(fd) }
        return String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
