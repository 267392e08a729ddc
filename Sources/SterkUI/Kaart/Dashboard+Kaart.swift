/// The Kaart panel's commands: arrows between markers, Enter to the marker's panel, `v` for the list.
extension Dashboard {
    var mapScene: MapScene { kaart.scenes.scene(for: catalog.dataset) }

    var mapSelection: MapSelection { MapSelection(scene: mapScene, selectedID: kaart.selectedID) }

    /// Commands the older panels do not know: the map's, the Kaart tab and the presentation.
    mutating func performExtraCommand(_ id: CommandID) -> [Effect] {
        var selection = mapSelection
        switch id {
        case .showKaart: switchPanel(to: .kaart)
        case .startPresentation: startPresentation()
        case .toggleMapList: kaart.listView.toggle()
        case .mapUp: _ = kaart.listView ? selection.selectPrevious() : selection.move(.up)
        case .mapDown: _ = kaart.listView ? selection.selectNext() : selection.move(.down)
        case .mapLeft: if !kaart.listView { selection.move(.left) }
        case .mapRight: if !kaart.listView { selection.move(.right) }
        case .mapFirst: selection.selectFirst()
        case .mapLast: selection.selectLast()
        case .openMapMarker: openMarker(selection.selectedEntity)
        default: return performVisitCommand(id)
        }
        kaart.selectedID = selection.selected?.id
        return []
    }

    /// Shows the marker's row in Focusgebieden or Wijken with its detail open; Esc comes back.
    mutating func openMarker(_ entity: MapMarker.Entity?) {
        guard let entity else { state.status = StatusMessage(text: Dutch.nothingToOpen, isError: false); return }
        switch entity {
        case let .focusArea(id): jump(to: .focusArea(id))
        case let .wijk(id): jump(to: .wijk(id))
        }
    }
}
