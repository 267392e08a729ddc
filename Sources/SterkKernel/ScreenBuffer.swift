/// A grid of cells that views render into; the terminal backend only copies it to the screen.
///
/// Owning the buffer gives composition (overlays), snapshot tests without a terminal, and
/// plain-text export of any panel.
public struct ScreenBuffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the hardware cursor should rest (the focused row), for screen readers.
    public var cursor: (x: Int, y: Int)?

    /// A blank buffer of the given size (negative sizes become zero).
    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public static func == (lhs: ScreenBuffer, rhs: ScreenBuffer) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at a position (blank outside the buffer).
    public subscript(x: Int, y: Int) -> Cell {
        get { bounds.contains(x: x, y: y) ? cells[y * width + x] : .blank }
        set { if bounds.contains(x: x, y: y) { cells[y * width + x] = newValue } }
    }

    /// Writes text from (x, y), clipped to `clip` (default: the whole buffer); returns the
    /// number of cells used. Characters become cells as `DisplayCells` says (tab and newline
    /// a space, other control characters nothing), as `DisplayWidth` measures them; a wide character that does
    /// not fit whole is not drawn. Reads no further into `text` than the clip is wide.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard y >= area.y, y < area.maxY, x < area.maxX else { return 0 }
        // One byte more than the cells left: a combining mark after the last one would join it.
        let visible = text.utf8.prefix(area.maxX - x + 1)
        if visible.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return writeASCII(visible, x: x, y: y, style: style, area: area)
        }
        var column = x
        for character in text {
            if let cell = DisplayCells.single(character) {
                guard put(cell.character, width: cell.width, column: &column, y: y, style: style, area: area) else {
                    break
                }
                continue
            }
            var fits = true
            for cell in DisplayCells.cells(of: character) where fits {
                fits = put(cell.character, width: cell.width, column: &column, y: y, style: style, area: area)
            }
            if !fits { break }
        }
        return max(0, column - x)
    }

    /// Stores one drawn cell (and the continuation of a wide one) at `column`, moving it on;
    /// false when the cell does not fit whole before the clip's right edge.
    private mutating func put(
        _ character: Character, width cellWidth: Int, column: inout Int, y: Int, style: Style,
        area: Rect
    ) -> Bool {
        if cellWidth == 0 { return true }
        if column + cellWidth > area.maxX { return false }
        if column >= area.x {
            self[column, y] = Cell(character: character, style: style)
            if cellWidth == 2 { self[column + 1, y] = Cell(character: " ", style: style, isContinuation: true) }
        }
        column += cellWidth
        return true
    }

    /// The 128 ASCII characters, made once instead of once per cell written.
    private static let ascii: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }

    /// The fast path for printable ASCII: one byte is one cell, nothing to strip.
    private mutating func writeASCII(
        _ bytes: Substring.UTF8View, x: Int, y: Int, style: Style,
        area: Rect
    ) -> Int {
        var column = x
        for byte in bytes {
            if column >= area.maxX { break }
            if column >= area.x {
                cells[y * width + column] = Cell(character: ScreenBuffer.ascii[Int(byte)], style: style)
            }
            column += 1
        }
        return max(0, column - x)
    }

    /// Fills a rectangle with one character and style.
    public mutating func fill(_ rect: Rect, character: Character = " ", style: Style = .plain) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let cell = Cell(character: character, style: style)
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX { cells[row * width + column] = cell }
        }
    }

    /// Changes the style of every cell in a rectangle, keeping the characters.
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                cells[row * width + column].style = transform(cells[row * width + column].style)
            }
        }
    }

    /// Draws a single-line box with an optional title in the top edge.
    public mutating func box(
        _ rect: Rect, style: Style = .plain, title: String? = nil, titleStyle: Style? = nil,
        glyphs: BoxGlyphs = .unicode
    ) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        for column in rect.x + 1..<rect.maxX - 1 {
            self[column, rect.y] = Cell(character: glyphs.horizontal, style: style)
            self[column, rect.maxY - 1] = Cell(character: glyphs.horizontal, style: style)
        }
        for row in rect.y + 1..<rect.maxY - 1 {
            self[rect.x, row] = Cell(character: glyphs.vertical, style: style)
            self[rect.maxX - 1, row] = Cell(character: glyphs.vertical, style: style)
        }
        self[rect.x, rect.y] = Cell(character: glyphs.topLeft, style: style)
        self[rect.maxX - 1, rect.y] = Cell(character: glyphs.topRight, style: style)
        self[rect.x, rect.maxY - 1] = Cell(character: glyphs.bottomLeft, style: style)
        self[rect.maxX - 1, rect.maxY - 1] = Cell(character: glyphs.bottomRight, style: style)
        if let title, rect.width > 4 {
            let label = DisplayWidth.truncate(" \(title) ", to: rect.width - 4)
            write(label, x: rect.x + 2, y: rect.y, style: titleStyle ?? style)
        }
    }

    /// Copies another buffer in at (x, y), clipped to this buffer (for overlays).
    public mutating func blit(_ other: ScreenBuffer, x: Int, y: Int) {
        for row in 0..<other.height {
            for column in 0..<other.width { self[x + column, y + row] = other[column, row] }
        }
    }

    /// The characters row by row, trailing spaces trimmed: what a snapshot file holds.
    public var text: String {
        (0..<height).map { row in line(row) }.joined(separator: "\n")
    }

    /// One row's characters with trailing spaces trimmed.
    public func line(_ row: Int) -> String {
        var result = ""
        for column in 0..<width {
            let cell = self[column, row]
            if !cell.isContinuation { result.append(cell.character) }
        }
        while result.last == " " { result.removeLast() }
        return result
    }
}

/// The line-drawing characters for boxes; ASCII for terminals without UTF-8.
public struct BoxGlyphs: Sendable, Equatable {
    public var horizontal: Character, vertical: Character
    public var topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character

    public static let unicode = BoxGlyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
        bottomLeft: "└", bottomRight: "┘")
    public static let ascii = BoxGlyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
        bottomLeft: "+", bottomRight: "+")
}

extension ScreenBuffer {
    /// Replaces the terminal-default colours of every cell with these (see `ResolvedTheme.ground`).
    public mutating func groundColors(foreground: TermColor, background: TermColor) {
        for index in cells.indices {
            if cells[index].style.background == .terminalDefault { cells[index].style.background = background }
            if cells[index].style.foreground == .terminalDefault { cells[index].style.foreground = foreground }
        }
    }
}
