/// How a paragraph is laid out.
public enum ParagraphKind<Role: ThemeRoles>: Hashable, Sendable {
    /// Word-wrapped spans.
    case text
    /// A heading line.
    case heading
    /// An empty line.
    case blank
    /// One bar of a horizontal bar chart: label spans, bar length as a share of the longest,
    /// and where a reference value (a national average) falls on the same scale.
    case bar(fraction: Double?, value: StyledSpan<Role>, reference: Double? = nil)
}

/// One logical line of a document, wrapped to the width when drawn.
///
/// `Target` is what the app lets Enter open from the line (for the dashboard: a wijk, a
/// source, a werkbezoek); the kernel only carries it.
public struct StyledParagraph<Role: ThemeRoles, Target: Hashable & Sendable>: Hashable, Sendable {
    public var kind: ParagraphKind<Role>
    public var spans: [StyledSpan<Role>]
    public var indent: Int
    /// What Enter follows (nil: nothing to open).
    public var target: Target?
    /// The source ids a "to the sources" key jumps to.
    public var sources: [String]

    public init(
        _ kind: ParagraphKind<Role>, _ spans: [StyledSpan<Role>], indent: Int = 0, target: Target? = nil,
        sources: [String] = []
    ) {
        self.kind = kind
        self.spans = spans
        self.indent = indent
        self.target = target
        self.sources = sources
    }

    public static var blank: Self { Self(.blank, []) }

    /// All text of the paragraph, for searching.
    public var plainText: String {
        var text = StyledSpan.text(of: spans)
        if case let .bar(_, value, _) = kind { text += " " + value.text }
        return text
    }

    /// True when the cursor may rest here.
    public var isFocusable: Bool { kind != .blank }
}
