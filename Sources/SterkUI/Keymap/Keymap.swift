/// The one keymap table; the footer, the `?` overlay and the README key table come from it.
public enum Keymap {
    /// Every command with its keys and Dutch description.
    public static let commands: [Command] =
        [
            Command(.forceQuit, [.control("c")], .altijd),
            Command(.suspend, [.control("z")], .altijd),
            Command(.quit, [.character("q")], .algemeen),
            Command(.nextPanel, [.tab], .algemeen),
            Command(.previousPanel, [.backTab], .algemeen),
            Command(.showOverzicht, [.character("1")], .algemeen),
            Command(.showFocusgebieden, [.character("2")], .algemeen),
            Command(.showWijken, [.character("3")], .algemeen),
            Command(.showGemeenten, [.character("4")], .algemeen),
            Command(.showContact, [.character("5")], .algemeen),
            Command(.showBronnen, [.character("6")], .algemeen),
            Command(.toggleHelp, [.character("?")], .algemeen),
            Command(.startSearch, [.character("/")], .algemeen),
            Command(.searchNext, [.character("n")], .algemeen),
            Command(.searchPrevious, [.character("N")], .algemeen),
            Command(.cycleTheme, [.character("t")], .algemeen),
            Command(.openDetail, [.enter, .character("l"), .right], .algemeen),
            Command(.goBack, [.escape, .character("h"), .left], .algemeen),
            Command(.jumpToSource, [.character("b")], .algemeen),
            Command(.copySourceURL, [.character("c")], .algemeen),
            Command(.moveUp, [.up, .character("k")], .beweging),
            Command(.moveDown, [.down, .character("j")], .beweging),
            Command(.pageUp, [.pageUp], .beweging),
            Command(.pageDown, [.pageDown], .beweging),
            Command(.moveFirst, [.home, .character("g")], .beweging),
            Command(.moveLast, [.end, .character("G")], .beweging),
            Command(.sortNextColumn, [.character("s")], .tabel),
            Command(.reverseSort, [.character("S")], .tabel),
            Command(.cycleM50Filter, [.character("m")], .focusgebieden),
            Command(.cycleProvinceFilter, [.character("p")], .focusgebieden),
            Command(.clearFilters, [.character("x")], .focusgebieden),
            Command(.copyEmail, [.character("e")], .contact),
            Command(.copyPhone, [.character("f")], .contact),
            Command(.confirmSearch, [.enter], .zoeken),
            Command(.cancelSearch, [.escape], .zoeken),
            Command(.eraseSearchCharacter, [.backspace], .zoeken),
            Command(.closeHelp, [.escape, .character("?"), .character("q")], .help),
            Command(.showKaart, [.character("7")], .algemeen),
            Command(.startPresentation, [.character("P")], .algemeen),
            Command(.mapUp, [.up, .character("k")], .kaart),
            Command(.mapDown, [.down, .character("j")], .kaart),
            Command(.mapLeft, [.left], .kaart),
            Command(.mapRight, [.right], .kaart),
            Command(.mapFirst, [.home, .character("g")], .kaart),
            Command(.mapLast, [.end, .character("G")], .kaart),
            Command(.openMapMarker, [.enter], .kaart),
            Command(.toggleMapList, [.character("v")], .kaart),
            Command(
                .nextSlide, [.right, .character(" "), .character("l"), .character("j"), .down, .pageDown], .presentatie),
            Command(.previousSlide, [.left, .character("h"), .character("k"), .up, .pageUp, .backspace], .presentatie),
            Command(.firstSlide, [.character("g"), .home], .presentatie),
            Command(.lastSlide, [.character("G"), .end], .presentatie),
            Command(.jumpToSlide, [.enter], .presentatie),
            Command(.toggleSlideTimer, [.character("t")], .presentatie),
            Command(.pauseAuto, [.character("p")], .presentatie),
            Command(.endPresentation, [.character("q"), .escape], .presentatie),
            Command(.showWerkbezoeken, [Panel.werkbezoeken.digitKey], .algemeen),
            Command(.showVergelijk, [Panel.vergelijk.digitKey], .algemeen),
            Command(.nextPilot, [.character("]"), .character("p")], .vergelijk),
            Command(.previousPilot, [.character("[")], .vergelijk),
        ] + visitCommands

    /// Contexts that deliberately take keys from later ones in the same situation: on the
    /// Kaart the arrows, Home/End and Enter move between markers instead of rows. Any other
    /// shared key in one situation is a clash (the keymap test checks).
    public static let overrides: [CommandContext: Set<CommandContext>] = [.kaart: [.algemeen, .beweging]]

    /// The command for a key in a stack of contexts (earlier contexts win), if any.
    public static func command(for key: Key, in contexts: [CommandContext]) -> CommandID? {
        bindings.command(for: key, in: contexts)
    }

    /// The full entry for a command.
    public static func info(_ id: CommandID) -> Command? {
        commands.first { $0.id == id }
    }

    /// The table as the kernel's look-up (and clash check) sees it.
    static let bindings = KeyBindings(commands.map { KeyBindings.Binding($0.id, $0.keys, $0.context) })
}
