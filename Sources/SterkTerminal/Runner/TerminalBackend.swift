import SterkKernel

/// The terminal size in cells.
public struct TerminalSize: Equatable, Sendable {
    public var width: Int
    public var height: Int

    /// Creates a size.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// What the runner needs from a terminal; `NcursesTerminal` is the real one, tests use a fake.
@MainActor
public protocol TerminalBackend: AnyObject {
    /// The current size of the screen.
    var size: TerminalSize { get }
    /// Copies a rendered buffer to the screen (only the difference reaches the terminal).
    func draw(_ buffer: ScreenBuffer)
    /// Waits up to `timeoutMs` (nil: no limit) for input; `.tick` when the time ran out or a
    /// stop signal arrived (check `terminationSignal`).
    func nextEvent(timeoutMs: Int?) -> TerminalEvent
    /// SIGINT, SIGTERM or SIGHUP when one arrived: the loop must end.
    var terminationSignal: Int32? { get }
    /// Asks the terminal to put `text` on the clipboard.
    func copyToClipboard(_ text: String)
    /// Rings the bell.
    func bell()
    /// Gives the terminal back to the shell and stops the process until the shell continues it.
    func suspend()
}
