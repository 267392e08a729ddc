/// Draws a form in a box: pinned messages, then label / input / note rows, scrolled so the
/// focused field shows. The hardware cursor goes to the text cursor of the focused field.
struct FormView {
    let form: FormState
    let theme: ResolvedTheme
    let glyphs: Glyphs

    func draw(into buffer: inout ScreenBuffer, box: Rect) -> (x: Int, y: Int)? {
        buffer.fill(box, style: theme[.text])
        buffer.box(
            box, style: theme[.overlayBorder], title: form.title, titleStyle: theme[.panelTitle], glyphs: glyphs.box)
        let area = box.inset(by: 1)
        guard area.width > 10, area.height > 1 else { return nil }
        let layout = FormLayout(form: form, width: area.width - 1)
        let pinned = Array(layout.pinned.prefix(max(0, area.height - 2)))
        for (offset, line) in pinned.enumerated() {
            draw(line, layout: layout, into: &buffer, x: area.x + 1, y: area.y + offset, clip: area)
        }
        let scrolling = Rect(x: area.x, y: area.y + pinned.count, width: area.width, height: area.height - pinned.count)
        let top = scrollTop(layout: layout, visible: scrolling.height)
        var cursor: (x: Int, y: Int)?
        for (offset, line) in layout.lines.dropFirst(top).prefix(scrolling.height).enumerated() {
            let y = scrolling.y + offset
            if let found = draw(line, layout: layout, into: &buffer, x: area.x + 1, y: y, clip: scrolling) {
                cursor = found
            }
        }
        drawScrollMarks(top: top, layout: layout, area: scrolling, into: &buffer)
        return cursor
    }

    /// Keeps the focused field (and the notes under it) in view; starts at the top when it fits.
    private func scrollTop(layout: FormLayout, visible: Int) -> Int {
        let row = layout.row(ofField: form.focus)
        var last = row
        while last + 1 < layout.lines.count, case .note = layout.lines[last + 1] { last += 1 }
        guard last >= visible else { return 0 }
        return min(last - visible + 1, max(0, layout.lines.count - visible))
    }

    @discardableResult
    private func draw(
        _ line: FormLayout.Line, layout: FormLayout, into buffer: inout ScreenBuffer,
        x: Int, y: Int, clip: Rect
    ) -> (x: Int, y: Int)? {
        switch line {
        case .blank: return nil
        case let .text(text, role): buffer.write(text, x: x, y: y, style: theme[role], clip: clip)
        case let .heading(text): buffer.write(text, x: x, y: y, style: theme[.heading], clip: clip)
        case let .note(_, text, role):
            buffer.write(text, x: x + 2 + layout.labelWidth, y: y, style: theme[role], clip: clip)
        case let .field(index, note, role):
            return drawField(index, note: note, noteRole: role, layout: layout, into: &buffer, x: x, y: y, clip: clip)
        }
        return nil
    }

    private func drawField(
        _ index: Int, note: String?, noteRole: ThemeRole, layout: FormLayout,
        into buffer: inout ScreenBuffer, x: Int, y: Int, clip: Rect
    ) -> (x: Int, y: Int)? {
        guard let field = form.fields[safe: index] else { return nil }
        let focused = index == form.focus
        if focused { buffer.write(glyphs.selection, x: x, y: y, style: theme[.text], clip: clip) }
        let label = DisplayWidth.pad(field.label, to: layout.labelWidth)
        buffer.write(label, x: x + 2, y: y, style: focused ? theme[.text].adding(.bold) : theme[.text], clip: clip)
        let inputX = x + 2 + layout.labelWidth
        let cursorX: Int
        switch field.kind {
        case let .text(input):
            cursorX = drawText(
                input, focused: focused, x: inputX, y: y, width: layout.inputWidth, into: &buffer, clip: clip)
        case let .choice(options, roles, selected):
            cursorX = drawChoice(
                options, roles: roles, selected: selected, focused: focused, x: inputX, y: y,
                into: &buffer, clip: clip)
        }
        if let note {
            let noteX = inputX + FormLayout.valueWidth(field, inputWidth: layout.inputWidth) + 2
            buffer.write(note, x: noteX, y: y, style: theme[noteRole], clip: clip)
        }
        return focused ? (cursorX, y) : nil
    }

    private func drawText(
        _ input: TextInput, focused: Bool, x: Int, y: Int, width: Int,
        into buffer: inout ScreenBuffer, clip: Rect
    ) -> Int {
        let style = theme[focused ? .formFieldFocus : .formField]
        buffer.fill(Rect(x: x, y: y, width: width, height: 1).intersection(clip), style: style)
        let shown = input.visible(width: width)
        buffer.write(shown.text, x: x, y: y, style: style, clip: clip)
        return x + shown.cursorColumn
    }

    /// Every option in a row, the chosen one in brackets (never by colour alone).
    private func drawChoice(
        _ options: [String], roles: [ThemeRole], selected: Int, focused: Bool, x: Int, y: Int,
        into buffer: inout ScreenBuffer, clip: Rect
    ) -> Int {
        var column = x
        var cursorX = x
        for (index, option) in options.enumerated() {
            let chosen = index == selected
            if chosen { cursorX = column }
            let text = chosen ? "[\(option)]" : " \(option) "
            let style = chosen ? theme[focused ? .formFieldFocus : .formField] : theme[roles[safe: index] ?? .text]
            column += buffer.write(text, x: column, y: y, style: style, clip: clip) + 1
        }
        return cursorX
    }

    private func drawScrollMarks(top: Int, layout: FormLayout, area: Rect, into buffer: inout ScreenBuffer) {
        guard area.height > 0 else { return }
        if top > 0 { buffer.write(glyphs.moreAbove, x: area.maxX - 1, y: area.y, style: theme[.textDim], clip: area) }
        if top + area.height < layout.lines.count {
            buffer.write(glyphs.moreBelow, x: area.maxX - 1, y: area.maxY - 1, style: theme[.textDim], clip: area)
        }
    }
}

extension Glyphs {
    /// Marks a pane that has more above its first row.
    var moreAbove: String { unicode ? "↑" : "^" }
}
