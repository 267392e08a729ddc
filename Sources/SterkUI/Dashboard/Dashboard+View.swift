import SterkModel

/// Rendering the frame: tabs, the panel, status line and footer; help on top.
extension Dashboard {
    func render(width: Int, height: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height, fill: Cell(style: theme[.text]))
        let layout = ScreenLayout(width: width, height: height)
        guard !layout.isTooSmall else {
            TooSmallView.draw(into: &buffer, theme: theme)
            if !capabilities.unicode { ASCIIFallback.apply(to: &buffer) }
            theme.ground(&buffer)
            return buffer
        }
        TabBar.draw(into: &buffer, active: state.panel, theme: theme, unicode: capabilities.unicode)
        let context = context(for: state.panel).sized(layout)
        var cursor = currentComponent?.draw(into: &buffer, context)
        if state.helpShown {
            buffer.clearOverlay(layout, style: theme[.text])
            let help = HelpOverlay(theme: theme, glyphs: glyphs, readOnly: readOnly)
            cursor = help.draw(into: &buffer, box: layout.overlay, top: state.helpTop)
        }
        StatusLine.draw(
            into: &buffer, rect: layout.status, status: state.status, search: state.search,
            position: currentComponent?.positionText(context), theme: theme)
        // `v` says what it will show: the map while the list is up, and the other way round.
        let labels: [CommandID: String] =
            (currentComponent as? KaartPanel)?.listView == true ? [.toggleMapList: Dutch.mapWord] : [:]
        Footer.draw(
            into: &buffer, rect: layout.footer, contexts: activeContexts, theme: theme, unicode: capabilities.unicode,
            labels: labels)
        if state.search?.editing != true { buffer.cursor = cursor.map { (x: $0.x, y: $0.y) } }
        if !capabilities.unicode { ASCIIFallback.apply(to: &buffer) }
        theme.ground(&buffer)
        return buffer
    }
}
