/// Fills lines of a fixed width word by word, in one pass over the text.
///
/// A word is collected character by character with its width; a word wider than a line is
/// cut as it is read (each full line goes out at once), so no text is measured or copied
/// twice. Once `limit` lines are full the builder stops reading and marks the cut with "…".
struct LineBuilder {
    let width: Int
    let limit: Int
    private(set) var lines: [[Span]] = [[]]
    /// True once text was left out because the line limit was reached.
    private(set) var isCut = false
    /// Cells used on the last line.
    private var used = 0
    private var word = ""
    private var wordWidth = 0
    private var role = ThemeRole.text

    init(width: Int, limit: Int) {
        self.width = width
        self.limit = limit
    }

    /// Adds a span's text; a word does not continue into the next span.
    mutating func add(_ span: Span) {
        add(span.text, role: span.role)
    }

    /// Adds text in one role, reading only as far as the line limit allows.
    mutating func add<Text: Sequence<Character>>(_ text: Text, role: ThemeRole) {
        self.role = role
        for character in text {
            if character == " " {
                flushWord()
                placeSpace()
            } else {
                addToWord(character)
            }
            if isCut { return }
        }
        flushWord()
    }

    private mutating func addToWord(_ character: Character) {
        let characterWidth = DisplayWidth.of(character)
        if wordWidth + characterWidth > width, !word.isEmpty {
            // The word is wider than a line: it starts on a line of its own and fills it.
            if used > 0 { newLine() }
            place(word, width: wordWidth)
            newLine()
            word = ""
            wordWidth = 0
            if isCut { return }
        }
        word.append(character)
        wordWidth += characterWidth
    }

    private mutating func flushWord() {
        guard !word.isEmpty, !isCut else { return }
        if used + wordWidth > width, used > 0 { newLine() }
        if !isCut { place(word, width: wordWidth) }
        word = ""
        wordWidth = 0
    }

    private mutating func placeSpace() {
        guard !isCut else { return }
        if used + 1 > width, used > 0 {
            newLine()  // a space that would end a full line is where the line breaks
            return
        }
        place(" ", width: 1)
    }

    private mutating func place(_ text: String, width textWidth: Int) {
        let last = lines.count - 1
        if let previous = lines[last].last, previous.role == role {
            lines[last][lines[last].count - 1].text += text
        } else {
            lines[last].append(Span(text, role))
        }
        used += textWidth
    }

    private mutating func newLine() {
        guard lines.count < limit else { return markCut() }
        lines.append([])
        used = 0
    }

    /// Ends the last line in "…", dropping characters from its end until that fits.
    private mutating func markCut() {
        isCut = true
        let last = lines.count - 1
        while used + 1 > width, var span = lines[last].popLast() {
            if let character = span.text.popLast() { used -= DisplayWidth.of(character) }
            if !span.text.isEmpty { lines[last].append(span) }
        }
        lines[last].append(Span("…", lines[last].last?.role ?? role))
    }
}
