import Foundation

/// A private tmux server (own socket, own config) running one command in a 120×40 pane.
///
/// Every test makes its own, so tests can run in parallel; call `close()` in a `defer`.
final class TmuxSession {
    /// Scratch directory for the socket, the config and the files the pane writes.
    let directory: String
    private var socket: String { directory + "/sock" }
    /// Where the pane's shell writes the app's exit status.
    var statusPath: String { directory + "/status" }
    private static let target = "e2e"

    init() {
        var template = Array((NSTemporaryDirectory() + "/sterk-e2e-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }
        directory = made.map { String(cString: $0) } ?? NSTemporaryDirectory()
        let config = """
            set -g remain-on-exit on
            set -g status off
            set -g set-clipboard on
            set -g history-limit 2000

            """
        try? config.write(toFile: directory + "/tmux.conf", atomically: true, encoding: .utf8)
    }

    /// Starts `shellCommand` in the pane (run by `sh -c`).
    @discardableResult
    func start(_ shellCommand: String, width: Int = 120, height: Int = 40) -> Bool {
        tmux([
            "-f", directory + "/tmux.conf", "new-session", "-d", "-s", Self.target,
            "-x", "\(width)", "-y", "\(height)", shellCommand,
        ]).status == 0
    }

    /// Starts the built `sterk` with arguments, then records its status and the tty modes.
    /// `environment` is given to `env` (after `-u NO_COLOR -u LC_ALL`).
    @discardableResult
    func startSterk(_ arguments: String, environment: String = "LANG=C.UTF-8 TERM=tmux-256color") -> Bool {
        let binary = BuiltBinary.path ?? "sterk"
        return start(
            "env -u NO_COLOR -u LC_ALL \(environment) '\(binary)' \(arguments); "
                + "echo $? > '\(statusPath)'; " + Self.reportTTYModes)
    }

    /// Shell that prints the tty modes that matter on one line, e.g. `TTY: isig icanon echo`
    /// (a `-` in front means off), then a marker. Run after the app has exited.
    static let reportTTYModes =
        "printf 'TTY: '; stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(isig|icanon|echo)' "
        + "| tr '\\n' ' '; echo; echo EINDE-VAN-DE-TEST"

    /// Sends tmux key names (`Down`, `C-c`, `q`).
    func send(_ keys: String...) {
        tmux(["send-keys", "-t", Self.target] + keys)
    }

    /// Sends text literally (escape sequences, multi-byte characters).
    func sendLiteral(_ text: String) {
        tmux(["send-keys", "-t", Self.target, "-l", text])
    }

    /// The pane's text, or with SGR escapes when `escapes` is true; `history` adds the
    /// scrollback (tmux may push the first shell lines there when the alternate screen ends).
    func capture(escapes: Bool = false, history: Bool = false) -> String {
        tmux(["capture-pane", "-p", "-t", Self.target] + (escapes ? ["-e"] : []) + (history ? ["-S", "-"] : [])).output
    }

    /// Runs a tmux command against this server.
    @discardableResult
    func tmux(_ arguments: [String]) -> Spawn.Result {
        Spawn.run(["tmux", "-S", socket] + arguments)
    }

    /// A tmux format value for the pane, e.g. `#{cursor_y}`.
    func display(_ format: String) -> String {
        tmux(["display-message", "-p", "-t", Self.target, format]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Resizes the window (the app gets SIGWINCH).
    func resize(width: Int, height: Int) {
        tmux(["resize-window", "-t", Self.target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen every 50 ms until `condition` holds; returns the last screen and whether it held.
    func waitForScreen(
        timeout: Double = 10, escapes: Bool = false, history: Bool = false,
        _ condition: (String) -> Bool
    ) -> (screen: String, ok: Bool) {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = capture(escapes: escapes, history: history)
        while !condition(screen) {
            if Date() > deadline { return (screen, false) }
            usleep(50_000)
            screen = capture(escapes: escapes, history: history)
        }
        return (screen, true)
    }

    /// Polls until the screen contains `text`.
    func waitFor(_ text: String, timeout: Double = 10) -> (screen: String, ok: Bool) {
        waitForScreen(timeout: timeout) { $0.contains(text) }
    }

    /// The app's exit status once the pane's shell wrote it (nil after the timeout).
    func waitForExitStatus(timeout: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: statusPath, encoding: .utf8),
                let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                return status
            }
            usleep(50_000)
        }
        return nil
    }

    /// The pid of the program the pane's shell started (`env` execs into `sterk`).
    func appPID() -> pid_t? {
        guard let shell = Int32(display("#{pane_pid}")) else { return nil }
        let path = "/proc/\(shell)/task/\(shell)/children"
        let children = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return children.split(separator: " ").compactMap { Int32($0) }.first
    }

    /// Kills the server and removes the scratch directory; safe to call twice.
    func close() {
        tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: directory)
    }
}
