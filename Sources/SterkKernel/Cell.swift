/// One terminal cell: a grapheme and its style; the right half of a wide grapheme is a continuation.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: Style
    /// True for the second cell of a double-width character (drawn by the cell to its left).
    public var isContinuation: Bool

    /// Creates a cell.
    public init(character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    /// An empty cell in the default style.
    public static let blank = Cell()

    /// Equality with a fast path: a character stored with the same bits is the same
    /// character, which settles nearly every cell without `Character`'s Unicode-aware `==`
    /// (a frame compares thousands of cells with the one before). Hashing stays synthesized:
    /// equal cells still have equal characters, so they hash alike.
    public static func == (a: Cell, b: Cell) -> Bool {
        a.isContinuation == b.isContinuation && a.style == b.style
            && (CharacterBits.same(a.character, b.character) || a.character == b.character)
    }
}
