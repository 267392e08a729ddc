/// Something the main loop can ask of the outside world after an update; `.app` requests
/// (`Request` belongs to the app) go to the app's effect handler.
public enum ProgramEffect<Request: Equatable & Sendable>: Equatable, Sendable {
    /// Leave the program and restore the terminal.
    case quit
    /// Put text on the clipboard through OSC 52 (the terminal does the copying).
    case copyToClipboard(String)
    /// Ring the terminal bell (e.g. a search found nothing).
    case bell
    /// Give the terminal back to the shell and stop (Ctrl-Z); `.resize` follows on `fg`.
    case suspend
    /// Something only the app can do (a store write); its handler may answer with `.app` events.
    case app(Request)
}

/// What the terminal can do, probed once at start-up and overridable by flags.
public struct TerminalCapabilities: Equatable, Sendable {
    /// 0 (monochrome), 8, 16 or 256.
    public var colors: Int
    /// False when the locale or terminal cannot show UTF-8 (use ASCII glyphs).
    public var unicode: Bool
    /// False with `--no-mouse` or when the terminal has no mouse support.
    public var mouse: Bool

    /// Creates a capability set.
    public init(colors: Int, unicode: Bool, mouse: Bool) {
        self.colors = colors
        self.unicode = unicode
        self.mouse = mouse
    }

    /// A full-featured terminal, as assumed by snapshot tests.
    public static let full = TerminalCapabilities(colors: 256, unicode: true, mouse: true)
}

/// A full-screen program driven by one-way updates: events in, effects out, a buffer to draw.
///
/// The dashboard and the presentation both conform; the ncurses backend runs either.
public protocol TerminalProgram {
    /// Messages the app's effect handler sends back (`Never` when there are none).
    associatedtype Message: Hashable & Sendable
    /// Requests for the app's effect handler (`Never` when there are none).
    associatedtype Request: Equatable & Sendable
    /// Applies one event to the state and says what the loop must do.
    mutating func update(_ event: ProgramEvent<Message>) -> [ProgramEffect<Request>]
    /// Renders the whole screen into a fresh buffer of the given size.
    func view(width: Int, height: Int) -> ScreenBuffer
    /// How long the loop may wait for input before sending `.tick` (nil: wait forever).
    var tickIntervalMilliseconds: Int? { get }
}
