import SterkText

/// How one character is drawn: the cells it takes, each a base with the marks that join it.
///
/// Why not one cell per `Character`: ncurses and the terminal measure each code point with
/// the C library's `wcwidth`, not grapheme by grapheme. A ZWJ family emoji is one Swift
/// character but three wide code points to them, a flag two narrow ones, and a zero-width
/// space or direction mark none; drawn as one cell, each left stale cells or pushed the
/// border. So every character becomes cells both sides agree on: format characters
/// (joiners, direction marks, BOM, soft hyphen, tags) and emoji presentation selectors are
/// dropped, every code point with width starts a cell of its own, marks join the cell before
/// them (at most four, as an ncurses cell holds five), a skin-tone modifier after an emoji is
/// dropped, and unassigned code points show as U+FFFD. Widths come from `UnicodeWidthTable`.
/// Controls follow `ControlCharacters.drawable`: tab and newline are a space, the rest nothing,
/// so what is measured here is what `ScreenBuffer.write` draws.
enum DisplayCells {
    /// Marks one ncurses cell holds beside its base (CCHARW_MAX is 5).
    static let maximumMarks = 4

    /// What a code point does in a character being split into cells.
    enum Part {
        /// Left out.
        case skip
        /// Joins the cell before it (or is left out when there is none).
        case join
        /// Starts a cell of this width, drawn as `scalar`.
        case start(Unicode.Scalar, width: Int)
    }

    /// The part a code point plays; `afterBase` is true when a cell was started before it.
    static func part(_ scalar: Unicode.Scalar, afterBase: Bool) -> Part {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return .skip }
        if value < 0x300 { return value == 0xAD ? .skip : .start(scalar, width: 1) }
        switch UnicodeWidthTable.kind(value) {
        case .narrow: return .start(scalar, width: 1)
        case .wide: return .start(scalar, width: 2)
        case .zero: return value == 0xFE0E || value == 0xFE0F ? .skip : .join
        case .format: return .skip
        case .modifier: return afterBase ? .skip : .start(scalar, width: 2)
        case .invalid: return .start("\u{FFFD}", width: 1)
        case .separator: return .start(" ", width: 1)
        }
    }

    /// The number of cells a character takes.
    static func width(of character: Character) -> Int {
        guard let character = ControlCharacters.drawable(character) else { return 0 }
        var total = 0
        var afterBase = false
        for scalar in character.unicodeScalars {
            if case let .start(_, width) = part(scalar, afterBase: afterBase) {
                total += width
                afterBase = true
            }
        }
        return total
    }

    /// The cells of a character, each as the character to store in it and its width.
    static func cells(of character: Character) -> [(character: Character, width: Int)] {
        guard let character = ControlCharacters.drawable(character) else { return [] }
        var cells: [(scalars: String.UnicodeScalarView, width: Int, marks: Int)] = []
        for scalar in character.unicodeScalars {
            switch part(scalar, afterBase: !cells.isEmpty) {
            case .skip: continue
            case .join:
                guard let last = cells.indices.last, cells[last].marks < maximumMarks else { continue }
                cells[last].scalars.append(scalar)
                cells[last].marks += 1
            case let .start(base, width):
                cells.append((String.UnicodeScalarView([base]), width, 0))
            }
        }
        return cells.map { (Character(String($0.scalars)), $0.width) }
    }

    /// The character as it is stored in one cell, when it needs no splitting: one code point
    /// drawn as itself. Nil sends the caller to `cells(of:)`.
    @inline(__always)
    static func single(_ character: Character) -> (character: Character, width: Int)? {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex,
            case let .start(base, width) = part(first, afterBase: false), base == first
        else { return nil }
        return (character, width)
    }
}
