import CNcurses
import SterkKernel

extension NcursesTerminal {
    /// Copies the buffer to the screen in runs of same-style cells; ncurses sends the difference.
    ///
    /// The hardware cursor rests on `buffer.cursor` when set (screen readers and braille
    /// displays follow it), and is hidden otherwise.
    public func draw(_ buffer: ScreenBuffer) {
        let size = self.size
        let rows = min(buffer.height, size.height), columns = min(buffer.width, size.width)
        // A buffer that does not cover the screen would leave old cells behind; erasing first
        // costs no output, since ncurses still sends only what differs from the screen.
        var previous = lastFrame.flatMap {
            $0.size == size && $0.buffer.width == buffer.width
                && $0.buffer.height == buffer.height ? $0.buffer : nil
        }
        if buffer.width < size.width || buffer.height < size.height { werase(window); previous = nil }
        var text: [wchar_t] = []
        text.reserveCapacity(columns * 2)
        for y in 0..<max(0, rows) {
            // Only the changed columns of changed rows are copied: a row move then costs a
            // few short runs, not the whole screen.
            var changed = 0..<columns
            if let previous {
                guard let columnsThatDiffer = buffer.changedColumns(inRow: y, comparedTo: previous) else { continue }
                changed = columnsThatDiffer.clamped(to: 0..<columns)
            }
            drawRow(y, of: buffer, columns: changed, screenColumns: columns, into: &text)
        }
        lastFrame = (buffer, size)
        placeCursor(buffer.cursor, size: size)
        wnoutrefresh(window)
        doupdate()
    }

    private func drawRow(
        _ y: Int, of buffer: ScreenBuffer, columns: Range<Int>, screenColumns: Int,
        into text: inout [wchar_t]
    ) {
        var x = columns.lowerBound
        while x < columns.upperBound {
            let start = x
            let style = buffer[x, y].style
            text.removeAll(keepingCapacity: true)
            x = collectRun(
                y: y, from: x, style: style, of: buffer, end: columns.upperBound, screenColumns: screenColumns,
                into: &text)
            guard !text.isEmpty else { continue }
            var pair = pairs.pair(for: style)
            wattr_set(window, AttributeMap.attributes(style.attributes), 0, &pair)
            // Writing the bottom-right cell returns ERR (the cursor cannot advance) but the
            // cell is written; nothing to handle.
            _ = mvwaddnwstr(window, Int32(y), Int32(start), text, Int32(text.count))
        }
    }

    /// Appends the characters of one run to `text`, returning the column after it. A run ends
    /// at a style change and after any wide or multi-scalar character, so that a width
    /// disagreement with the C library's `wcwidth` cannot shift the rest of the row.
    private func collectRun(
        y: Int, from start: Int, style: Style, of buffer: ScreenBuffer, end: Int, screenColumns: Int,
        into text: inout [wchar_t]
    ) -> Int {
        var x = start
        while x < end {
            let cell = buffer[x, y]
            if cell.isContinuation { return x == start ? x + 1 : x }
            if cell.style != style { return x }
            if let byte = cell.character.printableASCIIByte {  // most cells: one column, no conversion
                text.append(wchar_t(byte))
                x += 1
                continue
            }
            let width = DisplayWidth.of(cell.character)
            append(cell.character, width: width, fits: x + width <= screenColumns, to: &text)
            x += 1
            if width != 1 || cell.character.unicodeScalars.count > 1 { return x }
        }
        return x
    }

    private func append(_ character: Character, width: Int, fits: Bool, to text: inout [wchar_t]) {
        if fits, character.isASCII, let value = character.asciiValue {  // the common case, without allocating
            text.append(wchar_t(value))
            return
        }
        let ascii = character.unicodeScalars.allSatisfy(\.isASCII)
        if !fits {
            text.append(wchar_t(UInt8(ascii: " ")))  // half a wide character: leave blank
        } else if ascii || capabilities.unicode {
            for scalar in character.unicodeScalars { text.append(wchar_t(bitPattern: scalar.value)) }
        } else {
            // Without UTF-8 ncursesw drops the character; keep the columns with placeholders.
            text.append(contentsOf: Array(repeating: wchar_t(UInt8(ascii: "?")), count: max(1, width)))
        }
    }

    private func placeCursor(_ cursor: (x: Int, y: Int)?, size: TerminalSize) {
        guard let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < size.width, cursor.y < size.height else {
            setCursorVisible(false)
            return
        }
        setCursorVisible(true)
        wmove(window, Int32(cursor.y), Int32(cursor.x))
    }

    private func setCursorVisible(_ visible: Bool) {
        guard cursorVisible != visible else { return }
        cursorVisible = visible
        curs_set(visible ? 1 : 0)
    }
}
