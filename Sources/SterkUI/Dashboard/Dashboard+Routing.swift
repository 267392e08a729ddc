/// Handing events to panels: a context in, the panel's requests and messages back out.
extension Dashboard {
    var layout: ScreenLayout { ScreenLayout(width: state.width, height: state.height) }
    var glyphs: Glyphs { Glyphs(unicode: capabilities.unicode) }

    /// The component of the panel on screen.
    var currentComponent: (any DashboardPanel)? { state.panels[state.panel] }

    /// What a panel sees of the dashboard now.
    func context(for panel: Panel) -> PanelContext {
        PanelContext(
            panel: panel, catalog: catalog, cache: cache, theme: theme, glyphs: glyphs, layout: layout,
            search: state.search, readOnly: readOnly, status: state.status, summary: werkbezoekSummary)
    }

    /// Takes back what a panel wrote into its context.
    mutating func absorb(_ context: PanelContext) {
        state.status = context.status
        werkbezoekSummary = context.summary
        if context.endSearch, state.search?.panel == context.panel { state.search = nil }
        if context.orderChanged, let search = state.search, search.panel == state.panel {
            state.status = searchStatus(search)
        }
        switch context.request {
        case let .follow(target)?: follow(target)
        case let .jump(target)?: jump(to: target)
        case let .jumpToSource(id)?: jumpToSource(id)
        case nil: break
        }
    }

    /// Runs `body` on a panel's component with a fresh context, then takes back its requests.
    @discardableResult
    mutating func withPanel<Result>(
        _ panel: Panel,
        _ body: (inout any DashboardPanel, inout PanelContext) -> Result
    ) -> Result? {
        guard var component = state.panels[panel] else { return nil }
        var context = context(for: panel)
        state.panels[panel] = nil  // keeps the component's storage unique while it changes
        let result = body(&component, &context)
        state.panels[panel] = component
        absorb(context)
        return result
    }

    /// Passes an app message (a store answer) to every panel.
    mutating func broadcast(_ event: InputEvent) -> [Effect] {
        var effects: [Effect] = []
        for panel in Panel.allCases {
            effects += withPanel(panel) { component, context in component.receive(event, &context) } ?? []
        }
        return effects
    }

    /// The pane keys act on.
    var focusedPane: FocusedPane {
        if state.helpShown { return .help }
        return currentComponent?.focus(context(for: state.panel)) ?? .table
    }

    /// Clamps the current panel's selection and scrolls it into view.
    mutating func keepSelectionVisible() {
        let context = context(for: state.panel)
        state.panels[state.panel]?.keepSelectionVisible(context)
    }
}
