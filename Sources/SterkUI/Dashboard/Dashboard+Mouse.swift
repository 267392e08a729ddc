/// Mouse: the tab bar and the help overlay here; everything in the body goes to the panel.
extension Dashboard {
    mutating func handleMouse(_ mouse: MouseEvent) {
        let layout = self.layout
        guard !layout.isTooSmall else { return }
        if state.helpShown {
            if mouse.kind != .click { moveHelp(mouse.kind == .wheelUp ? .moveUp : .moveDown) }
            return
        }
        if mouse.kind == .click, mouse.y == 0 {
            if let panel = TabBar.panel(
                atColumn: mouse.x, width: layout.width, unicode: capabilities.unicode, active: state.panel)
            {
                switchPanel(to: panel)
            }
            return
        }
        withPanel(state.panel) { component, context in
            switch mouse.kind {
            case .click: component.click(x: mouse.x, y: mouse.y, &context)
            case .wheelUp: component.wheel(up: true, x: mouse.x, &context)
            case .wheelDown: component.wheel(up: false, x: mouse.x, &context)
            }
        }
    }
}
