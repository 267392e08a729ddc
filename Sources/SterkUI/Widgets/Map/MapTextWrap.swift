/// Word wrapping by display width, for the legend, side pane and attribution.
enum MapTextWrap {
    /// Lines of at most `width` cells; words longer than a line are cut.
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if DisplayWidth.of(candidate) <= width {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = DisplayWidth.of(word) <= width ? word : DisplayWidth.truncate(word, to: width)
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Paragraphs wrapped one after another ("" keeps a blank line), cut to `height` lines
    /// with "…" on the last one when text was left out.
    static func paragraphs(_ paragraphs: [String], width: Int, height: Int) -> [String] {
        let all = paragraphs.flatMap { $0.isEmpty ? [""] : lines($0, width: width) }
        guard all.count > height, height > 0 else { return all }
        var kept = Array(all.prefix(height))
        let last = kept[height - 1]
        kept[height - 1] = DisplayWidth.of(last) < width ? last + "…" : DisplayWidth.truncate(last + "…", to: width)
        return kept
    }

    /// Items joined by two spaces, starting a new line when the next item does not fit.
    static func flow(_ items: [String], width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        for item in items {
            let candidate = current.isEmpty ? item : current + "  " + item
            if DisplayWidth.of(candidate) <= width {
                current = candidate
            } else {
                if !current.isEmpty { lines.append(current) }
                current = DisplayWidth.truncate(item, to: width)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
