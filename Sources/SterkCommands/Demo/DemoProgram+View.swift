import SterkUI

extension DemoProgram {
    private static let titleStyle = Style(foreground: .indexed(214), background: .indexed(235), attributes: [.bold])
    private static let borderStyle = Style(foreground: .indexed(244))
    private static let hintStyle = Style(attributes: [.dim])

    func view(width: Int, height: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        guard width >= Self.minimumWidth, height >= Self.minimumHeight else {
            let text = DutchDemo.tooSmall(
                width: width, height: height, minimumWidth: Self.minimumWidth, minimumHeight: Self.minimumHeight)
            buffer.write(text, x: 0, y: 0)
            return buffer
        }
        drawTitle(into: &buffer)
        drawList(into: &buffer)
        let status = DutchDemo.status(lastKey: lastKey, row: selected + 1, rows: Self.rows.count, ticks: ticks)
        buffer.write(note.isEmpty ? status : status + " · " + note, x: 1, y: height - 2)
        let arrows = ascii ? "Up/Down" : "↑↓"
        buffer.write(DutchDemo.keys(arrows: arrows), x: 1, y: height - 1, style: Self.hintStyle)
        return buffer
    }

    private func drawTitle(into buffer: inout ScreenBuffer) {
        let bar = Rect(x: 0, y: 0, width: buffer.width, height: 1)
        buffer.fill(bar, style: Self.titleStyle)
        buffer.write(DutchDemo.title, x: 0, y: 0, style: Self.titleStyle)
        let size = "\(buffer.width)×\(buffer.height) "
        buffer.write(size, x: buffer.width - DisplayWidth.of(size), y: 0, style: Self.titleStyle)
    }

    private func drawList(into buffer: inout ScreenBuffer) {
        let box = Rect(x: 0, y: Self.listTop, width: buffer.width, height: visibleRows + 2)
        buffer.box(box, style: Self.borderStyle, title: DutchDemo.listTitle, glyphs: ascii ? .ascii : .unicode)
        let inner = box.inset(by: 1)
        for line in 0..<visibleRows where scroll + line < Self.rows.count {
            let index = scroll + line
            let isSelected = index == selected
            let marker = isSelected ? (ascii ? "> " : "▶ ") : "  "
            let style = isSelected ? Style(attributes: [.reverse]) : .plain
            let text = DisplayWidth.pad(marker + Self.rows[index], to: inner.width)
            buffer.write(text, x: inner.x, y: inner.y + line, style: style, clip: inner)
            if isSelected { buffer.cursor = (x: inner.x, y: inner.y + line) }
        }
    }
}
