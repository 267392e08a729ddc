/// The one display-width function: how many terminal cells a character or string takes.
///
/// Every layout, truncation and padding decision goes through here. It does not call
/// `wcwidth`, whose answer depends on the process locale.
public enum DisplayWidth {
    /// 0 for controls and lone combining marks, 2 for wide (CJK, emoji), else 1.
    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        let value = first.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        if isCombining(value), character.unicodeScalars.count == 1 { return 0 }
        if value == 0x200B || value == 0x200D || value == 0xFEFF { return 0 }
        if isWide(value) { return 2 }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }), first.properties.isEmoji { return 2 }
        return 1
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

    private static func isCombining(_ value: UInt32) -> Bool {
        (0x300...0x36F).contains(value) || (0x1AB0...0x1AFF).contains(value)
            || (0x1DC0...0x1DFF).contains(value) || (0x20D0...0x20FF).contains(value)
            || (0xFE20...0xFE2F).contains(value)
    }

    private static func isWide(_ value: UInt32) -> Bool {
        (0x1100...0x115F).contains(value) || (0x2E80...0x303E).contains(value)
            || (0x3041...0x33FF).contains(value) || (0x3400...0x4DBF).contains(value)
            || (0x4E00...0x9FFF).contains(value) || (0xA000...0xA4CF).contains(value)
            || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
            || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1F64F).contains(value)
            || (0x1F900...0x1F9FF).contains(value) || (0x1F680...0x1F6FF).contains(value)
            || (0x20000...0x3FFFD).contains(value) || (0x1FA70...0x1FAFF).contains(value)
            || value == 0x231A || value == 0x231B || (0x23E9...0x23EC).contains(value)
            || (0x25FD...0x25FE).contains(value) || (0x2614...0x2615).contains(value)
            || (0x2648...0x2653).contains(value) || value == 0x26A1 || value == 0x26BD
            || value == 0x2705 || value == 0x274C || value == 0x2B50
    }
}
