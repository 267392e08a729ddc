/// The tab row: "1 Overzicht  2 Focusgebieden …", shortened when the terminal is narrow.
enum TabBar {
    /// Each panel's label and its column range at a width.
    static func layout(width: Int, unicode: Bool) -> [(panel: Panel, label: String, x: Int)] {
        // Full titles, then shorter and shorter, then numbers only: every tab stays clickable.
        let candidates = [nil, 5, 4, 3, 0].map { length in
            Panel.allCases.map { panel -> String in
                let title = length.map { String(panel.title.prefix($0)) } ?? panel.title
                return title.isEmpty ? " \(panel.index + 1) " : " \(panel.index + 1) \(title) "
            }
        }
        let labels = candidates.first { DisplayWidth.of($0.joined()) <= width } ?? candidates[candidates.count - 1]
        var x = 0
        return zip(Panel.allCases, labels).map { panel, label in
            defer { x += DisplayWidth.of(label) }
            return (panel, label, x)
        }
    }

    /// The panel whose tab covers a column.
    static func panel(atColumn column: Int, width: Int, unicode: Bool) -> Panel? {
        layout(width: width, unicode: unicode).first { tab in
            column >= tab.x && column < tab.x + DisplayWidth.of(tab.label)
        }?.panel
    }

    static func draw(into buffer: inout ScreenBuffer, active: Panel, theme: ResolvedTheme, unicode: Bool) {
        let row = Rect(x: 0, y: 0, width: buffer.width, height: 1)
        buffer.fill(row, style: theme[.tabBar])
        let tabs = layout(width: buffer.width, unicode: unicode)
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
