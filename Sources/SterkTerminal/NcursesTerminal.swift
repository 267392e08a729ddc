#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif
import CNcurses
import SterkKernel

/// The real terminal: ncurses opened with `newterm`, in raw mode on the alternate screen.
///
/// Create one at a time on the main thread and always call `shutdown()` (a `@MainActor`
/// class cannot rely on `deinit` for that).
@MainActor
public final class NcursesTerminal: TerminalBackend {
    /// What was probed at start-up (colours, UTF-8, mouse).
    public let capabilities: TerminalCapabilities
    let options: TerminalOptions
    let window: UnsafeMutablePointer<WINDOW>
    let pairs: ColorPairs
    private let screen: OpaquePointer
    private let signals: SignalTrap
    var cursorVisible: Bool?
    /// The frame last copied to the window and the screen size then: rows that did not change are not copied again.
    var lastFrame: (buffer: ScreenBuffer, size: TerminalSize)?
    private var isOpen = true
    /// The terminal went away (stdin reports a hang-up) without a SIGHUP reaching us.
    var inputHungUp = false

    /// Takes over the terminal, or explains in Dutch why it cannot.
    public init(options: TerminalOptions) throws(TerminalError) {
        let type = options.environment["TERM"]
        if let problem = Preflight.problem(
            stdinIsTerminal: isatty(STDIN_FILENO) == 1,
            stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
            terminalType: type)
        {
            throw problem
        }
        let terminalType = type ?? ""
        let unicode = LocaleSetup.enableUTF8()
        let signals = SignalTrap()
        guard let screen = ncw_newterm(terminalType) else {
            signals.restore()
            throw .unknownTerminalType(terminalType)
        }
        guard ncw_can_address_cursor() != 0 else {
            endwin()
            delscreen(screen)
            signals.restore()
            throw .noCursorAddressing(terminalType: terminalType)
        }
        self.screen = screen
        self.signals = signals
        self.options = options
        window = ncw_stdscr()
        let mouse = Self.configureInput(window, mouse: options.mouse)
        Self.leaveInitialState()
        pairs = ColorPairs(useColor: !options.noColor)
        capabilities = TerminalCapabilities(colors: pairs.colors, unicode: unicode, mouse: mouse)
        signals.armCrashGuard(leaveSequence: Self.leaveSequence(mouse: mouse))
    }

    /// Raw mode (Ctrl-C, Ctrl-Z, Ctrl-S become keys), no echo, keypad decoding, short ESC wait.
    /// Returns whether mouse reports are on.
    private static func configureInput(_ window: UnsafeMutablePointer<WINDOW>, mouse: Bool) -> Bool {
        raw()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        set_escdelay(25)  // the default 1000 ms makes Esc feel broken
        curs_set(0)
        guard mouse, mousemask(MouseDecoder.mask, nil) != 0 else { return false }
        mouseinterval(0)  // report presses at once instead of waiting to see a click
        return true
    }

    /// Suspends and resumes the screen once, before anything is drawn.
    ///
    /// Why: until a screen has been through `endwin` and back, ncurses 6.4 treats it as
    /// "initial" and flushes after every cursor movement (meant for low-level terminfo use), so
    /// each frame went out as one `write` per changed line: ~40 writes for a panel switch,
    /// each waking the terminal. After this a frame is a single `write` (strace).
    private static func leaveInitialState() {
        endwin()
        doupdate()
    }

    /// Bytes that undo the screen set-up if the process crashes before `shutdown()`.
    private static func leaveSequence(mouse: Bool) -> [UInt8] {
        let names = ["sgr0", "cnorm", "rmkx", "rmcup"]
        var bytes = names.flatMap { terminfoString($0) }
        if mouse { bytes += Array("\u{1B}[?1000l\u{1B}[?1006l".utf8) }
        return bytes
    }

    private static func terminfoString(_ name: String) -> [UInt8] {
        guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return [] }
        return Array(String(cString: value).utf8)
    }

    /// The current screen size.
    public var size: TerminalSize {
        var height: Int32 = 0, width: Int32 = 0
        ncw_getmaxyx(window, &height, &width)
        return TerminalSize(width: Int(width), height: Int(height))
    }

    /// SIGINT, SIGTERM or SIGHUP, once one has arrived; SIGHUP too when stdin hung up.
    public var terminationSignal: Int32? { signals.pending ?? (inputHungUp ? SIGHUP : nil) }

    /// Sends OSC 52 straight to the tty (inside tmux also wrapped for its passthrough).
    public func copyToClipboard(_ text: String) {
        TTYWriter.send(ClipboardSequence.bytes(for: text, insideTmux: options.insideTmux))
    }

    /// Rings the terminal bell.
    public func bell() {
        beep()
    }

    /// Leaves the alternate screen and gives the shell its tty modes back; safe to call twice.
    public func shutdown() {
        guard isOpen else { return }
        isOpen = false
        curs_set(1)
        endwin()
        delscreen(screen)
        signals.restore()
    }
}
