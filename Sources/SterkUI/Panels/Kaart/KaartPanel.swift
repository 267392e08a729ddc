extension Panel {
    /// The Netherlands with focus areas and pilots as markers.
    public static let kaart = Panel(id: "kaart")
}

/// The Kaart panel: arrows between markers, Enter to the marker's row, `v` for the plain list.
struct KaartPanel: DashboardPanel {
    /// The selected marker's id (nil: the first).
    var selectedID: String?
    /// The plain list instead of the picture: the accessible alternative, one key away.
    var listView = false
    /// Unused: the map keeps its own selection.
    var pane = PanelState()

    static let entry = PanelEntry(.kaart, title: Dutch.panelTitleKaart, contexts: [.kaart], show: .showKaart) { _, _ in
        KaartPanel()
    }

    /// The selection over the catalog's map scene.
    func selection(_ catalog: Catalog) -> MapSelection {
        MapSelection(scene: catalog.mapScene, selectedID: selectedID)
    }

    mutating func perform(_ id: CommandID, _ context: inout PanelContext) -> [Effect]? {
        var selection = selection(context.catalog)
        switch id {
        case .toggleMapList: listView.toggle()
        case .mapUp: _ = listView ? selection.selectPrevious() : selection.move(.up)
        case .mapDown: _ = listView ? selection.selectNext() : selection.move(.down)
        case .mapLeft: if !listView { selection.move(.left) }
        case .mapRight: if !listView { selection.move(.right) }
        case .mapFirst: selection.selectFirst()
        case .mapLast: selection.selectLast()
        case .openMapMarker: openMarker(selection.selectedEntity, &context)
        default: return nil
        }
        selectedID = selection.selected?.id
        return []
    }

    /// Shows the marker's row in Focusgebieden or Wijken with its detail open; Esc comes back.
    func openMarker(_ entity: MapMarker.Entity?, _ context: inout PanelContext) {
        guard let entity else { context.status = StatusMessage(text: Dutch.nothingToOpen, isError: false); return }
        switch entity {
        case let .focusArea(id): context.request = .jump(.focusArea(id))
        case let .wijk(id): context.request = .jump(.wijk(id))
        }
    }

    func draw(into buffer: inout ScreenBuffer, _ context: PanelContext) -> (x: Int, y: Int)? {
        let theme = context.theme
        let body = context.layout.body
        let title = context.panel.title + (listView ? DutchPresentation.mapListSuffix : "")
        // On short screens (80×24) the frame would leave the map one row short: draw it frameless.
        let framed = listView || body.height - 2 >= MapLayout.minimumHeight
        if framed {
            buffer.box(
                body, style: theme[.panelBorder], title: title, titleStyle: theme[.panelTitle],
                glyphs: context.glyphs.box)
        }
        let inner = framed ? body.inset(by: 1) : body
        if listView { return drawList(into: &buffer, area: inner, context) }
        var map = ScreenBuffer(width: inner.width, height: inner.height, fill: Cell(style: theme[.text]))
        MapView(
            scene: context.catalog.mapScene, selection: selection(context.catalog),
            mode: MapMode.preferred(unicode: context.unicode), styles: MapStyles(theme: theme)
        )
        .render(into: &map, in: map.bounds)
        buffer.blit(map, x: inner.x, y: inner.y)
        return map.cursor.map { (inner.x + $0.x, inner.y + $0.y) }
    }

    /// One line per marker, north to south; the selected one marked with ▶ and the selection look.
    private func drawList(into buffer: inout ScreenBuffer, area: Rect, _ context: PanelContext) -> (x: Int, y: Int)? {
        let entries = context.catalog.mapScene.accessibleList
        guard area.height > 0, !entries.isEmpty else { return nil }
        let selected = selection(context.catalog).index ?? 0
        let top = Scroll.top(current: 0, first: selected, last: selected, visible: area.height, total: entries.count)
        let theme = context.theme
        var cursor: (x: Int, y: Int)?
        for (offset, entry) in entries.dropFirst(top).prefix(area.height).enumerated() {
            let y = area.y + offset
            let isSelected = top + offset == selected
            buffer.write(isSelected ? context.glyphs.selection : " ", x: area.x, y: y, style: theme[.text], clip: area)
            buffer.write(entry.line, x: area.x + 2, y: y, style: theme[.text], clip: area)
            if isSelected {
                buffer.select(Rect(x: area.x + 2, y: y, width: area.width - 2, height: 1), selection: theme[.selection])
                cursor = (area.x, y)
            }
        }
        return cursor
    }
}
