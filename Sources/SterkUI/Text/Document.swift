import SterkModel

/// What a line of a document or a table row points at; Enter or `b` follows it.
public enum Target: Hashable, Sendable {
    case source(String)
    case wijk(String)
    /// A CBS wijk or gemeente area by its code ("WK082606"), from the imported tables.
    case cbsArea(String)
    case focusArea(String)
    case municipality(String)
    case figure(Figure)
    case statement(Statement)
    /// A werkbezoek, by its reference ("WB-2026-014").
    case visit(String)
}

/// A run of text in one of the dashboard's roles (the kernel's span, with its roles).
typealias Span = StyledSpan<ThemeRole>

/// How a paragraph is laid out.
enum ParagraphKind: Hashable, Sendable {
    /// Word-wrapped spans.
    case text
    /// A heading line.
    case heading
    /// An empty line.
    case blank
    /// One bar of a horizontal bar chart: label spans, bar length as a share of the longest,
    /// and where a reference value (the national average) falls on the same scale.
    case bar(fraction: Double?, value: Span, reference: Double? = nil)
}

/// One logical line of a document: wrapped to the width when drawn.
struct Paragraph: Hashable, Sendable {
    var kind: ParagraphKind
    var spans: [Span]
    var indent: Int
    /// What Enter follows (nil: nothing to open).
    var target: Target?
    /// The source ids `b` jumps to.
    var sources: [String]

    init(
        _ kind: ParagraphKind = .text, _ spans: [Span], indent: Int = 0, target: Target? = nil,
        sources: [String] = []
    ) {
        self.kind = kind
        self.spans = spans
        self.indent = indent
        self.target = target
        self.sources = sources
    }

    static let blank = Paragraph(.blank, [])

    static func heading(_ text: String) -> Paragraph { Paragraph(.heading, [Span(text, .heading)]) }

    /// All text of the paragraph, for searching.
    var plainText: String {
        var text = spans.map(\.text).joined()
        if case let .bar(_, value, _) = kind { text += " " + value.text }
        return text
    }

    /// True when the cursor may rest here.
    var isFocusable: Bool { kind != .blank }
}

/// A list of paragraphs; searchable documents fold their keys once, when they are made.
struct Document: Sendable {
    let paragraphs: [Paragraph]
    /// What the document shows, so its wrapped rows can be remembered per width.
    var key: DocumentKey?
    /// Folded paragraph texts (empty for details, which are not searched).
    let searchKeys: [String]

    init(_ paragraphs: [Paragraph], searchable: Bool = false) {
        self.paragraphs = paragraphs
        searchKeys = searchable ? paragraphs.map { SearchFold.fold($0.plainText) } : []
    }

    /// A document from parts already folded (the Overzicht plus the werkbezoek lines).
    init(paragraphs: [Paragraph], searchKeys: [String], key: DocumentKey?) {
        self.paragraphs = paragraphs
        self.searchKeys = searchKeys
        self.key = key
    }

    var count: Int { paragraphs.count }
}

/// Identifies a document for the render cache. Whoever makes the document names it; the text
/// layer only compares keys, it does not know what they stand for (a panel, a detail).
struct DocumentKey: Hashable, @unchecked Sendable {
    /// The value's type: `AnyHashable` alone lets numbers of different types meet.
    private let kind: ObjectIdentifier
    /// Only `Sendable` values go in (see `init`), so the box is safe to share.
    private let value: AnyHashable

    init<Value: Hashable & Sendable>(_ value: Value) {
        kind = ObjectIdentifier(Value.self)
        self.value = AnyHashable(value)
    }
}
