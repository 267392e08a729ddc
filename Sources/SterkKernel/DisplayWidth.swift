/// The one display-width function: how many terminal cells a character or string takes.
///
/// Every layout, truncation and padding decision goes through here. It does not call
/// `wcwidth`, whose answer depends on the process locale.
public enum DisplayWidth {
    /// The cells a character takes as drawn (see `DisplayCells`): 1 for a tab or newline (drawn
    /// as a space), 0 for other controls, format
    /// characters and lone marks, 2 for wide ones (CJK, emoji), a ZWJ sequence or flag the sum
    /// of its parts; widths from the Unicode data (`UnicodeWidthTable`).
    public static func of(_ character: Character) -> Int {
        DisplayCells.width(of: character)
    }

    /// The sum of the widths of a string's characters.
    public static func of(_ text: String) -> Int {
        if isPlainASCII(text) { return text.utf8.count }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// True when every byte is printable ASCII (one cell each, no controls): the common case.
    public static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// True when `text` takes at most `width` cells; reads no further than that.
    public static func fits(_ text: String, in width: Int) -> Bool {
        var used = 0
        for character in text {
            used += of(character)
            if used > width { return false }
        }
        return true
    }

    /// The longest prefix of `text` that fits in `width` cells, ending in "…" when cut.
    /// One pass that stops at the cut, so a long text costs what its visible part does.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        var used = 0
        var cut = text.startIndex  // where "…" goes if the text does not fit
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            used += of(character)
            if used > width { return String(text[..<cut]) + "…" }
            if used <= width - 1 { cut = next }
            index = next
        }
        return text
    }

    /// `text` truncated or padded with spaces to exactly `width` cells.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, to: width)
        let gap = String(repeating: " ", count: max(0, width - of(cut)))
        return alignRight ? gap + cut : cut + gap
    }
}
