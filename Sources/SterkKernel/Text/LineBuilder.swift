/// Fills lines of a fixed width word by word, in one pass over the text.
///
/// A word is collected character by character with its width; a word wider than a line is
/// cut as it is read (each full line goes out at once), so no text is measured or copied
/// twice. Once `limit` lines are full the builder stops reading and marks the cut with "…".
///
/// Generic over the app's roles and inlinable, so each app gets it specialised for its own
/// role type (wrapping is on the path of every newly shown document).
public struct LineBuilder<Role: ThemeRoles> {
    public typealias Span = StyledSpan<Role>

    public let width: Int
    public let limit: Int
    /// The lines so far; the last may still grow.
    @inlinable public var lines: [[Span]] { filled }
    /// True once text was left out because the line limit was reached.
    @inlinable public var isCut: Bool { cut }
    @usableFromInline var filled: [[Span]] = [[]]
    @usableFromInline var cut = false
    /// Cells used on the last line.
    @usableFromInline var used = 0
    @usableFromInline var word = ""
    @usableFromInline var wordWidth = 0
    @usableFromInline var role = Role.ground

    @inlinable public init(width: Int, limit: Int) {
        self.width = width
        self.limit = limit
    }

    /// Splits spans into lines of at most `width` cells, breaking at spaces where it can;
    /// at most `limit` lines, the last ending in "…" when text was left out.
    @inlinable public static func lines(_ spans: [Span], width: Int, limit: Int) -> [[Span]] {
        var builder = LineBuilder(width: max(1, width), limit: max(1, limit))
        for span in spans where !builder.isCut {
            builder.add(span)
        }
        return builder.lines
    }

    /// Adds a span's text; a word does not continue into the next span.
    @inlinable public mutating func add(_ span: Span) {
        add(span.text, role: span.role)
    }

    /// Adds text in one role, reading only as far as the line limit allows.
    @inlinable public mutating func add<Text: Sequence<Character>>(_ text: Text, role: Role) {
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

    @inlinable mutating func addToWord(_ character: Character) {
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

    @inlinable mutating func flushWord() {
        guard !word.isEmpty, !isCut else { return }
        if used + wordWidth > width, used > 0 { newLine() }
        if !isCut { place(word, width: wordWidth) }
        word = ""
        wordWidth = 0
    }

    @inlinable mutating func placeSpace() {
        guard !isCut else { return }
        if used + 1 > width, used > 0 {
            newLine()  // a space that would end a full line is where the line breaks
            return
        }
        place(" ", width: 1)
    }

    @inlinable mutating func place(_ text: String, width textWidth: Int) {
        let last = filled.count - 1
        if let previous = filled[last].last, previous.role == role {
            filled[last][filled[last].count - 1].text += text
        } else {
            filled[last].append(StyledSpan(text, role))
        }
        used += textWidth
    }

    @inlinable mutating func newLine() {
        guard filled.count < limit else { return markCut() }
        filled.append([])
        used = 0
    }

    /// Ends the last line in "…", dropping characters from its end until that fits.
    @inlinable mutating func markCut() {
        cut = true
        let last = filled.count - 1
        while used + 1 > width, var span = filled[last].popLast() {
            if let character = span.text.popLast() { used -= DisplayWidth.of(character) }
            if !span.text.isEmpty { filled[last].append(span) }
        }
        filled[last].append(StyledSpan("…", filled[last].last?.role ?? role))
    }
}
