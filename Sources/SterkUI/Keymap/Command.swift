/// Every action the dashboard can take, by name; tests press these, not letters.
public enum CommandID: String, CaseIterable, Sendable {
    case forceQuit, quit
    case nextPanel, previousPanel
    case showOverzicht, showFocusgebieden, showWijken, showGemeenten, showContact, showBronnen
    case toggleHelp, closeHelp
    case startSearch, searchNext, searchPrevious
    case confirmSearch, cancelSearch, eraseSearchCharacter
    case cycleTheme
    case moveUp, moveDown, pageUp, pageDown, moveFirst, moveLast
    case openDetail, goBack, jumpToSource
    case sortNextColumn, reverseSort
    case cycleM50Filter, cycleProvinceFilter, clearFilters
    case copyEmail, copyPhone
}

/// Where a command applies; a situation (normal, searching, help) stacks several contexts.
public enum CommandContext: String, CaseIterable, Sendable {
    case altijd, algemeen, beweging, tabel, focusgebieden, contact, zoeken, help

    /// Dutch heading in the help overlay and the README table.
    public var title: String {
        switch self {
        case .altijd: return "Altijd"
        case .algemeen: return "Algemeen"
        case .beweging: return "Bewegen"
        case .tabel: return "Tabellen (Focusgebieden, Gemeenten)"
        case .focusgebieden: return "Focusgebieden"
        case .contact: return "Contact"
        case .zoeken: return "Tijdens het zoeken"
        case .help: return "Help"
        }
    }
}

/// One row of the keymap: a named command, its keys and what it does, in Dutch.
public struct Command: Sendable {
    public let id: CommandID
    public let keys: [Key]
    public let description: String
    public let context: CommandContext
    /// True when the command changes stored data (none yet: the dashboard only reads).
    public let changesData: Bool
    /// Short Dutch word for the footer; nil keeps the command out of the footer.
    public let footerLabel: String?

    init(_ id: CommandID, _ keys: [Key], _ description: String, _ context: CommandContext,
         changesData: Bool = false, footer: String? = nil) {
        self.id = id
        self.keys = keys
        self.description = description
        self.context = context
        self.changesData = changesData
        self.footerLabel = footer
    }
}
