import SterkModel

/// How the backend or the CLI starts the dashboard.
public struct DashboardOptions: Sendable {
    /// `--theme NAAM`; nil means `standaard`.
    public var themeName: String?
    /// What the terminal can do (colours, UTF-8, mouse).
    public var capabilities: TerminalCapabilities
    /// `NO_COLOR` is set: draw without colour whatever the terminal can do.
    public var noColor: Bool
    /// Extra themes (`$XDG_CONFIG_HOME/sterk/themes`); see `ThemeLibrary.defaultUserDirectory`.
    public var userThemeDirectory: String?
    /// The panel shown first.
    public var initialPanel: Panel
    /// `--alleen-lezen`: commands that change werkbezoeken are hidden and refused.
    public var readOnly = false
    /// The werkbezoek store as read at start-up.
    public var werkbezoeken: VisitStoreState = .notLoaded
    /// The pilot the Vergelijk panel starts on (a name such as "dommelbergen"); nil: the first.
    public var vergelijkPilot: String?

    /// Creates options; the defaults suit snapshot tests (full terminal, standard theme).
    public init(
        themeName: String? = nil, capabilities: TerminalCapabilities = .full, noColor: Bool = false,
        userThemeDirectory: String? = nil, initialPanel: Panel = .overzicht
    ) {
        self.themeName = themeName
        self.capabilities = capabilities
        self.noColor = noColor
        self.userThemeDirectory = userThemeDirectory
        self.initialPanel = initialPanel
    }
}

/// The dashboard as a pure program: events in, effects out, a buffer to draw.
///
/// It owns the frame — tabs, help, search, status line, back stack — and routes everything
/// else to the panel on screen (see `DashboardPanel` and `PanelRegistry`).
public struct Dashboard: TerminalProgram {
    let catalog: Catalog
    let themes: ThemeLibrary
    let capabilities: TerminalCapabilities
    /// Colours after `NO_COLOR`: 0 means monochrome.
    let colors: Int
    var theme: ResolvedTheme
    var themeIndex: Int
    var state = DashboardState()
    let cache = RenderCache()
    /// `--alleen-lezen`: commands that change data are hidden and refused.
    let readOnly: Bool
    /// The presentation shown instead of the dashboard after `P`.
    var presenting = PresentationMode()
    /// Panels to prepare in idle time after the first frame (see `WarmUp`).
    var warmUp = WarmUp(after: .overzicht)

    /// What the werkbezoek store reports; shown on the Overzicht when set.
    public var werkbezoekSummary: WerkbezoekSummary?

    /// Builds the documents and the panels (tables wait for first use); reads the theme files.
    public init(dataset: Dataset, options: DashboardOptions = DashboardOptions()) {
        catalog = Catalog(dataset: dataset, unicode: options.capabilities.unicode)
        themes = ThemeLibrary.load(userDirectory: options.userThemeDirectory)
        capabilities = options.capabilities
        readOnly = options.readOnly
        colors = options.noColor ? 0 : options.capabilities.colors
        let name = options.themeName ?? "standaard"
        let chosen = themes.theme(named: name)
        theme = ResolvedTheme(chosen.theme, colors: colors)
        themeIndex = themes.names.firstIndex(of: name) ?? 0
        state.status = chosen.message.map { StatusMessage(text: $0, isError: true) }
        for entry in PanelRegistry.entries {
            var context = context(for: entry.panel)
            state.panels[entry.panel] = entry.make(&context, options)
            absorb(context)
        }
        state.panel = options.initialPanel
        warmUp = WarmUp(after: options.initialPanel, focusAreas: dataset.focusAreas.count)
    }

    /// The name of the theme in use.
    public var themeName: String { theme.name }

    /// The panel on screen.
    public var currentPanel: Panel { state.panel }

    /// The status-line text (a message, a search prompt), for tests and the CLI.
    public var statusText: String? { state.status?.text }

    /// Ticks while presenting (slide timer) and while panels are prepared in idle time;
    /// otherwise none: the dashboard only changes on input.
    public var tickIntervalMilliseconds: Int? { presenting.deck?.tickIntervalMilliseconds ?? warmUpTickMilliseconds }

    /// Applies one event.
    public mutating func update(_ event: InputEvent) -> [Effect] {
        if isPresenting { return updatePresentation(event) }
        switch event {
        case let .key(key): return handleKey(key)
        case let .mouse(mouse): if currentComponent?.modalContexts == nil { handleMouse(mouse) }; return []
        case let .resize(width, height): resize(width: width, height: height); return []
        case .tick: warmUpNextPanel(); return []
        case .app: return broadcast(event)
        }
    }

    /// Renders the whole screen.
    public func view(width: Int, height: Int) -> ScreenBuffer {
        if let deck = presenting.deck { return deck.view(width: width, height: height) }
        return render(width: width, height: height)
    }

    mutating func resize(width: Int, height: Int) {
        state.width = max(0, width)
        state.height = max(0, height)
        keepSelectionVisible()
    }
}
