/// Drawing the Werkbezoeken panel: the table with its detail, or a message when there is
/// nothing to list (no store yet, an empty store, a store that cannot be read).
extension Dashboard {
    func drawVisitPanel(into buffer: inout ScreenBuffer, layout: ScreenLayout) -> (x: Int, y: Int)? {
        guard let lines = visitPanelMessage else { return drawTablePanel(into: &buffer, layout: layout) }
        buffer.box(layout.body, style: theme[.panelBorder], title: state.panel.title, titleStyle: theme[.panelTitle],
                   glyphs: glyphs.box)
        let area = layout.body.inset(by: 1)
        let textWidth = max(10, area.width - 4)
        var y = area.y + 1
        for (text, role) in lines {
            for line in Wrap.lines([Span(text, role)], width: textWidth) where y < area.maxY {
                buffer.draw(line, x: area.x + 2, y: y, clip: area, theme: theme)
                y += 1
            }
            y += 1
        }
        return nil
    }

    /// What the panel says instead of a table, or nil when there are visits to list.
    var visitPanelMessage: [(String, ThemeRole)]? {
        let howTo = visits.readOnly ? Dutch.visitsHowToAddReadOnly : Dutch.visitsHowToAdd
        switch visits.store {
        case .notLoaded: return [(Dutch.visitsNotLoaded, .text)]
        case let .missing(path): return [(Dutch.visitsMissing(path), .text), (howTo, .textDim)]
        case let .unavailable(message):
            return [(Dutch.visitsUnavailableTitle, .heading), (message, .formError), (Dutch.visitsRestWorks, .textDim)]
        case let .loaded(snapshot) where snapshot.visits.isEmpty: return [(Dutch.visitsEmpty, .text), (howTo, .textDim)]
        case .loaded: return nil
        }
    }
}
