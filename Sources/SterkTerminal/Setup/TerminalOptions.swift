/// Choices the user makes on the command line that change how the terminal is opened.
public struct TerminalOptions: Sendable, Equatable {
    /// Ask for mouse reports (off with `--no-mouse`, so the terminal's own selection works).
    public var mouse: Bool
    /// The process environment (injected so tests and callers can override `NO_COLOR`, `TMUX`).
    public var environment: [String: String]

    /// Options with mouse on and the given environment.
    public init(mouse: Bool = true, environment: [String: String]) {
        self.mouse = mouse
        self.environment = environment
    }

    /// True when `NO_COLOR` is set to a non-empty value (https://no-color.org).
    public var noColor: Bool { !(environment["NO_COLOR"] ?? "").isEmpty }
    /// True inside tmux, where OSC 52 also goes through the DCS passthrough.
    public var insideTmux: Bool { !(environment["TMUX"] ?? "").isEmpty }
}
