/// The one keymap table; the footer, the `?` overlay and the README key table come from it.
public enum Keymap {
    /// Every command with its keys and Dutch description.
    public static let commands: [Command] = [
        Command(.forceQuit, [.control("c")], "Altijd direct afsluiten", .altijd),
        Command(.quit, [.character("q")], "Afsluiten", .algemeen, footer: "stop"),
        Command(.nextPanel, [.tab], "Volgend paneel", .algemeen, footer: "paneel"),
        Command(.previousPanel, [.backTab], "Vorig paneel", .algemeen),
        Command(.showOverzicht, [.character("1")], "Naar Overzicht", .algemeen),
        Command(.showFocusgebieden, [.character("2")], "Naar Focusgebieden", .algemeen),
        Command(.showWijken, [.character("3")], "Naar Wijken", .algemeen),
        Command(.showGemeenten, [.character("4")], "Naar Gemeenten", .algemeen),
        Command(.showContact, [.character("5")], "Naar Contact", .algemeen),
        Command(.showBronnen, [.character("6")], "Naar Bronnen", .algemeen),
        Command(.toggleHelp, [.character("?")], "Help tonen of verbergen", .algemeen, footer: "help"),
        Command(.startSearch, [.character("/")], "Zoeken in dit paneel (hoofdletters en accenten tellen niet)",
                .algemeen, footer: "zoek"),
        Command(.searchNext, [.character("n")], "Volgende zoektreffer", .algemeen),
        Command(.searchPrevious, [.character("N")], "Vorige zoektreffer", .algemeen),
        Command(.cycleTheme, [.character("t")], "Volgend kleurthema", .algemeen),
        Command(.openDetail, [.enter, .character("l"), .right], "Detail openen (of de regel volgen)", .algemeen,
                footer: "open"),
        Command(.goBack, [.escape, .character("h"), .left], "Terug (detail sluiten, zoeken wissen, terug na sprong)",
                .algemeen, footer: "terug"),
        Command(.jumpToSource, [.character("b")], "Naar de bron van de regel in het detail", .algemeen, footer: "bron"),
        Command(.moveUp, [.up, .character("k")], "Eén regel omhoog", .beweging),
        Command(.moveDown, [.down, .character("j")], "Eén regel omlaag", .beweging),
        Command(.pageUp, [.pageUp], "Eén scherm omhoog", .beweging),
        Command(.pageDown, [.pageDown], "Eén scherm omlaag", .beweging),
        Command(.moveFirst, [.home, .character("g")], "Naar de eerste regel", .beweging),
        Command(.moveLast, [.end, .character("G")], "Naar de laatste regel", .beweging),
        Command(.sortNextColumn, [.character("s")], "Sorteren op de volgende kolom (of klik op een kolomkop)",
                .tabel, footer: "sorteer"),
        Command(.reverseSort, [.character("S")], "Sorteervolgorde omdraaien", .tabel),
        Command(.cycleM50Filter, [.character("m")], "Filter: alle / alleen M50 / zonder M50", .focusgebieden,
                footer: "M50"),
        Command(.cycleProvinceFilter, [.character("p")], "Filter op provincie (volgende provincie)", .focusgebieden,
                footer: "provincie"),
        Command(.clearFilters, [.character("x")], "Filters wissen", .focusgebieden),
        Command(.copyEmail, [.character("e")], "E-mailadres naar het klembord", .contact, footer: "kopieer e-mail"),
        Command(.copyPhone, [.character("f")], "Telefoonnummer naar het klembord", .contact, footer: "kopieer tel."),
        Command(.confirmSearch, [.enter], "Zoekopdracht vasthouden (daarna n / N)", .zoeken, footer: "klaar"),
        Command(.cancelSearch, [.escape], "Zoeken afbreken", .zoeken, footer: "afbreken"),
        Command(.eraseSearchCharacter, [.backspace], "Laatste teken wissen", .zoeken),
        Command(.closeHelp, [.escape, .character("?"), .character("q")], "Help sluiten", .help, footer: "sluit"),
    ]

    /// The command for a key in a stack of contexts (earlier contexts win), if any.
    public static func command(for key: Key, in contexts: [CommandContext]) -> CommandID? {
        for context in contexts {
            if let id = table[context]?[key] { return id }
        }
        return nil
    }

    /// The full entry for a command.
    public static func info(_ id: CommandID) -> Command? {
        commands.first { $0.id == id }
    }

    private static let table: [CommandContext: [Key: CommandID]] = {
        var result: [CommandContext: [Key: CommandID]] = [:]
        for command in commands {
            for key in command.keys where result[command.context]?[key] == nil {
                result[command.context, default: [:]][key] = command.id
            }
        }
        return result
    }()
}
