import SterkModel

/// The presentation as a pure program: keys and ticks in, a slide and its footer out.
///
/// Ticks come every second while presenting, so the clock in the footer moves; with
/// `--auto` the same ticks advance the slides.
public struct PresentationDeck: TerminalProgram, Sendable {
    public let slides: [Slide]
    let renderer: SlideRenderer
    let theme: ResolvedTheme
    let unicode: Bool
    let clock: PresentationClock
    var autoAdvance: Duration?
    let loop: Bool
    /// The slide on screen (0-based).
    public internal(set) var index: Int
    /// Digits typed before Enter ("1", "2" → slide 12).
    var typed = ""
    var paused = false
    var showSlideTimer = false
    var status: String?
    var width = 100
    var height = 30
    /// Clock readings: when the presentation and the current slide started, and the latest.
    var startedAt: Duration?
    var slideStartedAt: Duration = .zero
    var now: Duration = .zero

    /// The clock is read once a second.
    public static let tickMilliseconds = 1_000

    /// Builds the slides and resolves the theme.
    public init(
        dataset: Dataset, options: PresentationOptions = PresentationOptions(),
        mapScene: MapScene? = nil
    ) {
        let themes = ThemeLibrary.load(userDirectory: options.userThemeDirectory)
        let theme = ResolvedTheme(
            themes.theme(named: options.themeName ?? "standaard").theme,
            colors: options.noColor ? 0 : options.capabilities.colors)
        self.init(
            deck: SlideDeck(dataset: dataset, hideContact: options.hideContact), theme: theme,
            unicode: options.capabilities.unicode, options: options, mapScene: mapScene ?? MapScene(dataset: dataset),
            selecting: nil)
    }

    init(
        deck: SlideDeck, theme: ResolvedTheme, unicode: Bool, options: PresentationOptions, mapScene: MapScene,
        selecting markerID: String?
    ) {
        slides = deck.slides
        self.theme = theme
        self.unicode = unicode
        clock = options.clock
        autoAdvance = options.autoAdvance
        loop = options.loop
        index = max(0, min(options.startIndex, deck.slides.count - 1))
        // The dataset's first pilot unless the caller chose a marker: its facts show beside the map.
        let firstPilot = mapScene.dataset.wijken.first { $0.kind == .pilot }.map { "\(MapMarker.Kind.pilot):\($0.id)" }
        let map = MapView(
            scene: mapScene, selection: MapSelection(scene: mapScene, selectedID: markerID ?? firstPilot),
            mode: MapMode.preferred(unicode: unicode), styles: MapStyles(theme: theme))
        renderer = SlideRenderer(theme: theme, unicode: unicode, map: map)
    }

    /// The number of slides.
    public var count: Int { slides.count }

    /// The current slide.
    public var currentSlide: Slide { slides[index] }

    /// Ticks every second: for the clock and for `--auto`.
    public var tickIntervalMilliseconds: Int? { PresentationDeck.tickMilliseconds }

    /// The key contexts while presenting (Ctrl-C always quits).
    public static let contexts: [CommandContext] = [.altijd, .presentatie]

    /// Applies one event.
    public mutating func update(_ event: InputEvent) -> [Effect] {
        now = clock.now()
        if startedAt == nil { startedAt = now; slideStartedAt = now }
        switch event {
        case let .key(key): return handleKey(key)
        case let .mouse(mouse): handleMouse(mouse)
        case let .resize(newWidth, newHeight): width = max(0, newWidth); height = max(0, newHeight)
        case .tick: tick()
        case .app: break  // the deck never asks the store for anything
        }
        return []
    }

    /// Renders the current slide and the footer.
    public func view(width: Int, height: Int) -> ScreenBuffer {
        render(width: width, height: height)
    }
}

extension MapStyles {
    /// The map's styles from a theme's `map.*` roles.
    init(theme: ResolvedTheme) {
        self.init(
            outline: theme[.mapOutline], m50: theme[.mapM50], focusMarker: theme[.mapFocusMarker],
            pilotMarker: theme[.mapPilotMarker], comparisonMarker: theme[.mapComparisonMarker],
            selected: theme[.mapSelected], legend: theme[.mapLegend])
    }
}
