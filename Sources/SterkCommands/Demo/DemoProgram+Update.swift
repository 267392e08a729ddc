import SterkUI

extension DemoProgram {
    mutating func update(_ event: InputEvent) -> [Effect] {
        switch event {
        case .resize(let newWidth, let newHeight):
            width = newWidth
            height = newHeight
        case .tick:
            ticks += 1
        case .mouse(let mouse):
            handle(mouse)
        case .key(let key):
            lastKey = KeyName.label(key, unicode: false)
            return handle(key)
        case .app:
            break  // the demo asks nothing of the store
        }
        keepSelectionVisible()
        return []
    }

    private mutating func handle(_ key: Key) -> [Effect] {
        switch key {
        case .character("q"): return [.quit]
        case .character("c"): return [.copyToClipboard(Self.rows[selected])]
        case .character("b"): return [.bell]
        case .character("!") where crashKeyEnabled: fatalError(DutchDemo.requestedCrash)
        case .up: move(by: -1)
        case .down: move(by: 1)
        case .pageUp: move(by: -visibleRows)
        case .pageDown: move(by: visibleRows)
        case .home: move(by: -Self.rows.count)
        case .end: move(by: Self.rows.count)
        default: break
        }
        keepSelectionVisible()
        return []
    }

    private mutating func handle(_ mouse: MouseEvent) {
        switch mouse.kind {
        case .wheelUp: move(by: -3)
        case .wheelDown: move(by: 3)
        case .click:
            let row = mouse.y - Self.listTop - 1
            if row >= 0, row < visibleRows, scroll + row < Self.rows.count { selected = scroll + row }
        }
    }

    private mutating func move(by delta: Int) {
        selected = min(max(0, selected + delta), Self.rows.count - 1)
    }

    private mutating func keepSelectionVisible() {
        if selected < scroll { scroll = selected }
        if selected >= scroll + visibleRows { scroll = selected - visibleRows + 1 }
        scroll = max(0, min(scroll, Self.rows.count - visibleRows))
    }
}
