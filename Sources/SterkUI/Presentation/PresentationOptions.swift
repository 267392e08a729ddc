/// How `sterk presenteer` (or the dashboard's `P`) runs the slides.
public struct PresentationOptions: Sendable {
    /// `--theme NAAM`; nil means `standaard`.
    public var themeName: String?
    /// What the terminal can do.
    public var capabilities: TerminalCapabilities
    /// `NO_COLOR`: no colour whatever the terminal can do.
    public var noColor: Bool
    /// Extra themes, as for the dashboard.
    public var userThemeDirectory: String?
    /// `--auto`: advance by itself after this long on a slide (nil: only on keys).
    public var autoAdvance: Duration?
    /// `--lus`: after the last slide comes the first again.
    public var loop: Bool
    /// `--verberg-contact`: no e-mail addresses or phone numbers on any slide.
    public var hideContact: Bool
    /// `--start N` as a 0-based index.
    public var startIndex: Int
    /// Where the clock in the footer reads the time.
    public var clock: PresentationClock

    /// Creates options; the defaults suit snapshot tests (full terminal, frozen clock).
    public init(
        themeName: String? = nil, capabilities: TerminalCapabilities = .full, noColor: Bool = false,
        userThemeDirectory: String? = nil, autoAdvance: Duration? = nil, loop: Bool = false,
        hideContact: Bool = false, startIndex: Int = 0, clock: PresentationClock = .frozen
    ) {
        self.themeName = themeName
        self.capabilities = capabilities
        self.noColor = noColor
        self.userThemeDirectory = userThemeDirectory
        self.autoAdvance = autoAdvance
        self.loop = loop
        self.hideContact = hideContact
        self.startIndex = startIndex
        self.clock = clock
    }
}
