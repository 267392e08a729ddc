/// One drawn row of a wrapped paragraph: spans that fit the width, and where they came from.
struct WrappedRow: Sendable {
    var spans: [Span]
    var indent: Int
    var paragraph: Int
    var kind: ParagraphKind
}

/// Word wrapping by display width, keeping each span's role.
///
/// Work is linear in the text laid out, and the layout of one paragraph stops at
/// `rowLimit` rows: a paragraph taller than its pane shows from its first row (see
/// `Scroll.top`), so rows past any terminal's height could never be seen, and a
/// million-character note would otherwise cost time and memory on every open.
enum Wrap {
    /// The most rows one paragraph is laid out to; the last of them ends in "…" when cut.
    /// Taller than any pane, so what can be seen is never cut.
    static let rowLimit = 300

    /// Rows for one paragraph at a width (bars take one row).
    static func rows(_ paragraph: Paragraph, index: Int, width: Int) -> [WrappedRow] {
        switch paragraph.kind {
        case .blank, .bar:
            return [
                WrappedRow(spans: paragraph.spans, indent: paragraph.indent, paragraph: index, kind: paragraph.kind)
            ]
        case .text, .heading:
            // Headings wrap too: a source's long title is its heading and must not be cut.
            let available = max(1, width - paragraph.indent)
            return lines(paragraph.spans, width: available).map {
                WrappedRow(spans: $0, indent: paragraph.indent, paragraph: index, kind: paragraph.kind)
            }
        }
    }

    /// Rows for a whole document.
    static func rows(_ document: Document, width: Int) -> [WrappedRow] {
        document.paragraphs.enumerated().flatMap { rows($1, index: $0, width: width) }
    }

    /// Splits spans into lines of at most `width` cells, breaking at spaces where it can;
    /// at most `limit` lines, the last ending in "…" when text was left out.
    static func lines(_ spans: [Span], width: Int, limit: Int = rowLimit) -> [[Span]] {
        LineBuilder.lines(spans, width: width, limit: limit)
    }
}
