/// Keys become commands through the keymap; commands do the work.
extension Dashboard {
    /// The contexts active now, earliest winning.
    var activeContexts: [CommandContext] {
        visitContexts(Dashboard.contexts(panel: state.panel, searching: state.search?.editing == true, help: state.helpShown))
    }

    /// The context stack for a situation; the keymap test checks every one for clashes.
    static func contexts(panel: Panel, searching: Bool, help: Bool) -> [CommandContext] {
        if searching { return [.altijd, .zoeken] }
        if help { return [.altijd, .help, .beweging] }
        return [.altijd] + panel.contexts + [.algemeen, .beweging]
    }

    mutating func handleKey(_ key: Key) -> [Effect] {
        if let id = Keymap.command(for: key, in: activeContexts) { return perform(id) }
        if state.search?.editing == true, case let .character(character) = key {
            typeSearch(character)
        }
        return handleUnboundVisitKey(key)
    }

    /// Runs a command by name (the keymap's keys lead here).
    mutating func perform(_ id: CommandID) -> [Effect] {
        switch id {
        case .forceQuit, .quit: return [.quit]
        case .suspend: return [.suspend]
        case .nextPanel: switchPanel(to: state.panel.next)
        case .previousPanel: switchPanel(to: state.panel.previous)
        case .showOverzicht: switchPanel(to: .overzicht)
        case .showFocusgebieden: switchPanel(to: .focusgebieden)
        case .showWijken: switchPanel(to: .wijken)
        case .showGemeenten: switchPanel(to: .gemeenten)
        case .showContact: switchPanel(to: .contact)
        case .showBronnen: switchPanel(to: .bronnen)
        case .showWerkbezoeken: switchPanel(to: .werkbezoeken)
        case .toggleHelp: state.helpShown.toggle(); state.helpTop = 0
        case .closeHelp: state.helpShown = false
        case .cycleTheme: cycleTheme()
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveFirst, .moveLast: move(id)
        case .openDetail: return openDetail()
        case .goBack: goBack()
        case .jumpToSource: jumpToSource()
        default: return performPanelCommand(id)
        }
        return []
    }

    mutating func performPanelCommand(_ id: CommandID) -> [Effect] {
        switch id {
        case .startSearch: startSearch()
        case .confirmSearch: state.search?.editing = false
        case .cancelSearch: state.search = nil; state.status = nil
        case .eraseSearchCharacter: eraseSearch()
        case .searchNext: jumpToMatch(forward: true)
        case .searchPrevious: jumpToMatch(forward: false)
        case .sortNextColumn: sortNextColumn()
        case .reverseSort: reverseSort()
        case .cycleM50Filter: cycleM50Filter()
        case .cycleProvinceFilter: cycleProvinceFilter()
        case .clearFilters: clearFilters()
        case .copyEmail: return copy(Dutch.emailWord, catalog.dataset.contact.email)
        case .copyPhone: return copy(Dutch.phoneWord, catalog.dataset.contact.phone)
        case .copySourceURL: return copySourceURL()
        default: return performExtraCommand(id)
        }
        return []
    }

    mutating func switchPanel(to panel: Panel) {
        guard panel != state.panel else { return }
        state.panel = panel
        state.search = nil
        state.status = nil
        keepSelectionVisible()
    }

    mutating func cycleTheme() {
        guard !themes.entries.isEmpty else { return }
        themeIndex = (themeIndex + 1) % themes.entries.count
        let chosen = themes.theme(named: themes.entries[themeIndex].name)
        theme = ResolvedTheme(chosen.theme, colors: colors)
        state.status = chosen.message.map { StatusMessage(text: $0, isError: true) }
            ?? StatusMessage(text: Dutch.themeChosen(chosen.theme.name), isError: false)
    }

    mutating func copy(_ what: String, _ value: String) -> [Effect] {
        state.status = StatusMessage(text: Dutch.copied(what, value), isError: false)
        return [.copyToClipboard(value)]
    }
}
