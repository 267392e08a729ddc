/// Every action the dashboard can take, by name; tests press these, not letters.
public enum CommandID: String, CaseIterable, Sendable {
    case forceQuit, suspend, quit
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
    case copyEmail, copyPhone, copySourceURL
    case showKaart, startPresentation
    case mapUp, mapDown, mapLeft, mapRight, mapFirst, mapLast, openMapMarker, toggleMapList
    case nextSlide, previousSlide, firstSlide, lastSlide, jumpToSlide, toggleSlideTimer, pauseAuto, endPresentation
    case showWerkbezoeken, cycleVisitStatusFilter, reloadVisits
    case showVergelijk, nextPilot, previousPilot
    case newVisit, changeVisitStatus, editVisitNotes
    case formNextField, formPreviousField, formEnter, formSave, formCancel, formAddVisitor, formAddProgrammeItem
    case formCursorLeft, formCursorRight, formCursorHome, formCursorEnd, formDeleteBackward, formDeleteForward
}

/// Where a command applies; a situation (normal, searching, help) stacks several contexts.
public enum CommandContext: String, CaseIterable, Sendable {
    case altijd, algemeen, beweging, tabel, focusgebieden, contact, zoeken, help
    case kaart, presentatie
    case werkbezoeken, werkbezoekWijzigen, formulier, nieuwBezoek
    case vergelijk

    /// Dutch heading in the help overlay and the README table.
    public var title: String { Dutch.contextTitle(self) }
}

/// One row of the keymap: a named command, its keys and what it does, in Dutch.
public struct Command: Sendable {
    /// The command's name.
    public let id: CommandID
    /// Every key that runs it; the first is the one shown in hints.
    public let keys: [Key]
    /// What it does, in Dutch (from `Dutch.describe`).
    public let description: String
    /// Where it applies.
    public let context: CommandContext
    /// True when the command changes stored data (hidden and refused with `--alleen-lezen`).
    public let changesData: Bool
    /// Short Dutch word for the footer; nil keeps the command out of the footer.
    public let footerLabel: String?

    init(_ id: CommandID, _ keys: [Key], _ context: CommandContext, changesData: Bool = false) {
        self.id = id
        self.keys = keys
        self.description = Dutch.describe(id)
        self.context = context
        self.changesData = changesData
        self.footerLabel = Dutch.footerWord(id)
    }
}
