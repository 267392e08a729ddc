/// The tab row: "1 Overzicht  2 Focusgebieden …", shortened when the terminal is narrow.
enum TabBar {
    /// Each panel's label and its column range at a width.
    ///
    /// Full titles when they fit. Otherwise the active tab keeps its full title (you always
    /// see where you are) and the others are cut to the longest common length that fits, down
    /// to three letters; then the others show only their number, and last every tab does.
    static func layout(width: Int, unicode: Bool, active: Panel? = nil) -> [(panel: Panel, label: String, x: Int)] {
        let panels = Panel.allCases
        func labels(_ length: Int?, keepActive: Bool) -> [String] {
            panels.map { panel in
                let whole = keepActive && panel == active
                let title = whole ? panel.title : (length.map { String(panel.title.prefix($0)) } ?? panel.title)
                return title.isEmpty ? " \(panel.index + 1) " : " \(panel.index + 1) \(title) "
            }
        }
        let longest = panels.map { $0.title.count }.max() ?? 0
        let candidates =
            [labels(nil, keepActive: false)]
            + stride(from: longest - 1, through: 3, by: -1).map { labels($0, keepActive: true) }
            + [labels(0, keepActive: true), labels(0, keepActive: false)]
        let chosen = candidates.first { DisplayWidth.of($0.joined()) <= width } ?? candidates[candidates.count - 1]
        var x = 0
        return zip(panels, chosen).map { panel, label in
            defer { x += DisplayWidth.of(label) }
            return (panel, label, x)
        }
    }

    /// The panel whose tab covers a column.
    static func panel(atColumn column: Int, width: Int, unicode: Bool, active: Panel? = nil) -> Panel? {
        layout(width: width, unicode: unicode, active: active).first { tab in
            column >= tab.x && column < tab.x + DisplayWidth.of(tab.label)
        }?.panel
    }

    static func draw(into buffer: inout ScreenBuffer, active: Panel, theme: ResolvedTheme, unicode: Bool) {
        let row = Rect(x: 0, y: 0, width: buffer.width, height: 1)
        buffer.fill(row, style: theme[.tabBar])
        let tabs = layout(width: buffer.width, unicode: unicode, active: active)
        for tab in tabs {
            let role: ThemeRole = tab.panel == active ? .tabActive : .tabInactive
            let label = tab.panel == active ? "[" + tab.label.dropFirst().dropLast() + "]" : tab.label
            buffer.write(label, x: tab.x, y: 0, style: theme[role])
        }
        let end = tabs.last.map { $0.x + DisplayWidth.of($0.label) } ?? 0
        let title = Dutch.appTitle + " "
        if buffer.width - end > DisplayWidth.of(title) + 1 {
            buffer.write(title, x: buffer.width - DisplayWidth.of(title), y: 0, style: theme[.tabBar].adding(.bold))
        }
    }
}
