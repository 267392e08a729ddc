/// One drawn row of a wrapped paragraph: spans that fit the width, and where they came from.
public struct WrappedRow<Role: ThemeRoles>: Sendable {
    public var spans: [StyledSpan<Role>]
    public var indent: Int
    public var paragraph: Int
    public var kind: ParagraphKind<Role>

    @inlinable public init(spans: [StyledSpan<Role>], indent: Int, paragraph: Int, kind: ParagraphKind<Role>) {
        self.spans = spans
        self.indent = indent
        self.paragraph = paragraph
        self.kind = kind
    }
}

/// Word wrapping by display width, keeping each span's role.
///
/// Work is linear in the text laid out, and the layout of one paragraph stops at
/// `rowLimit` rows: a paragraph taller than its pane shows from its first row (see
/// `Scroll.top`), so rows past any terminal's height could never be seen, and a
/// million-character note would otherwise cost time and memory on every open.
public enum Wrap {
    /// The most rows one paragraph is laid out to; the last of them ends in "…" when cut.
    /// Taller than any pane, so what can be seen is never cut.
    public static var rowLimit: Int { 300 }

    /// Rows for one paragraph at a width (bars take one row).
    @inlinable public static func rows<Role, Target>(
        _ paragraph: StyledParagraph<Role, Target>, index: Int, width: Int
    ) -> [WrappedRow<Role>] {
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
    @inlinable public static func rows<Role, Target>(
        _ document: StyledDocument<Role, Target>, width: Int
    ) -> [WrappedRow<Role>] {
        document.paragraphs.enumerated().flatMap { rows($1, index: $0, width: width) }
    }

    /// Splits spans into lines of at most `width` cells, breaking at spaces where it can;
    /// at most `limit` lines, the last ending in "…" when text was left out.
    @inlinable public static func lines<Role>(
        _ spans: [StyledSpan<Role>], width: Int, limit: Int = rowLimit
    ) -> [[StyledSpan<Role>]] {
        LineBuilder<Role>.lines(spans, width: width, limit: limit)
    }
}
