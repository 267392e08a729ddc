/// Draws the Kaart panel: the map with the selected marker's facts, or the plain list.
extension Dashboard {
    func drawKaartPanel(into buffer: inout ScreenBuffer, layout: ScreenLayout) -> (x: Int, y: Int)? {
        let title = state.panel.title + (kaart.listView ? DutchPresentation.mapListSuffix : "")
        // On short screens (80×24) the frame would leave the map one row short: draw it frameless.
        let framed = kaart.listView || layout.body.height - 2 >= MapLayout.minimumHeight
        if framed {
            buffer.box(layout.body, style: theme[.panelBorder], title: title, titleStyle: theme[.panelTitle], glyphs: glyphs.box)
        }
        let inner = framed ? layout.body.inset(by: 1) : layout.body
        if kaart.listView { return drawMapList(into: &buffer, area: inner) }
        var map = ScreenBuffer(width: inner.width, height: inner.height, fill: Cell(style: theme[.text]))
        MapView(scene: mapScene, selection: mapSelection, mode: MapMode.preferred(unicode: capabilities.unicode),
                styles: MapStyles(theme: theme)).render(into: &map, in: map.bounds)
        buffer.blit(map, x: inner.x, y: inner.y)
        return map.cursor.map { (inner.x + $0.x, inner.y + $0.y) }
    }

    /// One line per marker, north to south; the selected one marked with ▶ and the selection look.
    private func drawMapList(into buffer: inout ScreenBuffer, area: Rect) -> (x: Int, y: Int)? {
        let entries = mapScene.accessibleList
        guard area.height > 0, !entries.isEmpty else { return nil }
        let selected = mapSelection.index ?? 0
        let top = Scroll.top(current: 0, first: selected, last: selected, visible: area.height, total: entries.count)
        var cursor: (x: Int, y: Int)?
        for (offset, entry) in entries.dropFirst(top).prefix(area.height).enumerated() {
            let y = area.y + offset
            let isSelected = top + offset == selected
            buffer.write(isSelected ? glyphs.selection : " ", x: area.x, y: y, style: theme[.text], clip: area)
            buffer.write(entry.line, x: area.x + 2, y: y, style: theme[.text], clip: area)
            if isSelected {
                buffer.select(Rect(x: area.x + 2, y: y, width: area.width - 2, height: 1), selection: theme[.selection])
                cursor = (area.x, y)
            }
        }
        return cursor
    }
}
