/// `P` in the dashboard shows the presentation in the same terminal; `q` there comes back
/// to the dashboard exactly as it was. The dashboard embeds the deck as a mode, so the
/// runner needs no new effect and Ctrl-C still quits everything.
struct PresentationMode {
    /// The presentation on screen, or nil.
    var deck: PresentationDeck?
    /// The footer clock's source; tests freeze it.
    var clock = PresentationClock.system
}

extension Dashboard {
    /// True while the presentation is shown.
    public var isPresenting: Bool { presenting.deck != nil }

    /// Starts the presentation with the dashboard's theme, at the current size.
    mutating func startPresentation() {
        let options = PresentationOptions(capabilities: capabilities, clock: presenting.clock)
        var deck = PresentationDeck(
            deck: SlideDeck(dataset: catalog.dataset), theme: theme, unicode: capabilities.unicode,
            options: options, mapScene: catalog.mapScene,
            selecting: (state.panels[.kaart] as? KaartPanel)?.selectedID)
        _ = deck.update(.resize(width: state.width, height: state.height))
        presenting.deck = deck
    }

    /// Events go to the deck; its `.quit` closes the deck instead of the program.
    mutating func updatePresentation(_ event: InputEvent) -> [Effect] {
        if case let .resize(width, height) = event { resize(width: width, height: height) }
        guard var deck = presenting.deck else { return [] }
        let effects = deck.update(event)
        if effects.contains(.quit) {
            presenting.deck = nil
            if event == .key(.control("c")) { return [.quit] }
            return effects.filter { $0 != .quit }
        }
        presenting.deck = deck
        return effects
    }
}
