/// One line of editable text with a cursor; widths come from `DisplayWidth`, so wide and
/// accented characters take the cells they really take.
struct TextInput: Equatable, Sendable {
    /// Characters, not scalars: an "é" typed as e + combining accent stays one step for the cursor.
    private(set) var characters: [Character]
    /// Position between characters, 0...count.
    private(set) var cursor: Int

    /// An input holding `text`, the cursor at its end.
    init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    /// The text as typed.
    var text: String { String(characters) }

    mutating func insert(_ character: Character) {
        // A combining mark typed on its own joins the character before it.
        if cursor > 0, DisplayWidth.of(character) == 0, character.unicodeScalars.count == 1 {
            let combined = String(characters[cursor - 1]) + String(character)
            if combined.count == 1, let joined = combined.first {
                characters[cursor - 1] = joined
                return
            }
        }
        characters.insert(character, at: cursor)
        cursor += 1
    }

    mutating func moveLeft() { cursor = max(0, cursor - 1) }
    mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    mutating func moveHome() { cursor = 0 }
    mutating func moveEnd() { cursor = characters.count }

    mutating func deleteBackward() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    /// What fits in `width` cells with the cursor visible, and the cursor's column in it.
    ///
    /// Starts at the beginning when the cursor fits there; otherwise the text scrolls so the
    /// cursor stands at the right edge (one cell is kept for the cursor itself).
    func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 0 else { return ("", 0) }
        var start = 0
        while start < cursor, columns(start, cursor) + 1 > width { start += 1 }
        var shown = ""
        var used = 0
        for character in characters[start...] {
            let cells = DisplayWidth.of(character)
            if used + cells > width { break }
            shown.append(character)
            used += cells
        }
        return (shown, columns(start, cursor))
    }

    private func columns(_ from: Int, _ to: Int) -> Int {
        characters[from..<to].reduce(0) { $0 + DisplayWidth.of($1) }
    }
}
