/// Keys become commands through the keymap; the frame's commands are done here, the rest
/// goes to the panel on screen.
extension Dashboard {
    /// The contexts active now, earliest winning.
    var activeContexts: [CommandContext] {
        if let modal = currentComponent?.modalContexts { return modal }
        let own = currentComponent?.contexts(state.panel.contexts, readOnly: readOnly) ?? state.panel.contexts
        return Dashboard.contexts(own, searching: state.search?.editing == true, help: state.helpShown)
    }

    /// The context stack for a situation; the keymap test checks every one for clashes.
    static func contexts(panel: Panel, searching: Bool, help: Bool) -> [CommandContext] {
        contexts(panel.contexts, searching: searching, help: help)
    }

    static func contexts(_ own: [CommandContext], searching: Bool, help: Bool) -> [CommandContext] {
        if searching { return [.altijd, .zoeken] }
        if help { return [.altijd, .help, .beweging] }
        return [.altijd] + own + [.algemeen, .beweging]
    }

    mutating func handleKey(_ key: Key) -> [Effect] {
        if let id = Keymap.command(for: key, in: activeContexts) { return perform(id) }
        if state.search?.editing == true {
            if case let .character(character) = key { typeSearch(character) }
            return []
        }
        withPanel(state.panel) { component, context in component.unboundKey(key, &context) }
        return []
    }

    /// Runs a command by name (the keymap's keys lead here).
    mutating func perform(_ id: CommandID) -> [Effect] {
        if let panel = PanelRegistry.panel(shownBy: id) {
            switchPanel(to: panel)
            return []
        }
        if state.helpShown, let effects = performInHelp(id) { return effects }
        switch id {
        case .forceQuit, .quit: return [.quit]
        case .suspend: return [.suspend]
        case .nextPanel: switchPanel(to: state.panel.next)
        case .previousPanel: switchPanel(to: state.panel.previous)
        case .toggleHelp: state.helpShown.toggle(); state.helpTop = 0
        case .closeHelp: state.helpShown = false
        case .cycleTheme: cycleTheme()
        case .startPresentation: startPresentation()
        case .startSearch: startSearch()
        case .confirmSearch: state.search?.editing = false
        case .cancelSearch: state.search = nil; state.status = nil
        case .eraseSearchCharacter: eraseSearch()
        case .searchNext: jumpToMatch(forward: true)
        case .searchPrevious: jumpToMatch(forward: false)
        default: return performInPanel(id)
        }
        return []
    }

    /// A command the frame does not know: the panel's; Esc and `b` fall back to the frame.
    mutating func performInPanel(_ id: CommandID) -> [Effect] {
        if id == .goBack, isJustArrived {
            returnFromJump()
            return []
        }
        if let effects = withPanel(state.panel, { component, context in component.perform(id, &context) }) ?? nil {
            return effects
        }
        switch id {
        case .goBack: goBack()
        case .jumpToSource, .copySourceURL: state.status = StatusMessage(text: Dutch.noSource, isError: false)
        default: break
        }
        return []
    }

    /// Moving in the help overlay while it is shown.
    mutating func performInHelp(_ id: CommandID) -> [Effect]? {
        switch id {
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveFirst, .moveLast: moveHelp(id)
        case .openDetail, .jumpToSource: break
        default: return nil
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
        state.status =
            chosen.message.map { StatusMessage(text: $0, isError: true) }
            ?? StatusMessage(text: Dutch.themeChosen(chosen.theme.name), isError: false)
    }

    mutating func moveHelp(_ id: CommandID) {
        let pane = context(for: state.panel).paneSize(.help)
        let total = HelpOverlay.rows(area: pane.width, unicode: capabilities.unicode, readOnly: readOnly).count
        let visible = max(1, pane.height)
        switch id {
        case .moveUp: state.helpTop -= 1
        case .moveDown: state.helpTop += 1
        case .pageUp: state.helpTop -= visible
        case .pageDown: state.helpTop += visible
        case .moveFirst: state.helpTop = 0
        default: state.helpTop = total
        }
        state.helpTop = max(0, min(state.helpTop, total - visible))
    }
}
