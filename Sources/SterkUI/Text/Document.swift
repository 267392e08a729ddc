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

/// One logical line of a dashboard document: the kernel's paragraph with the dashboard's
/// roles and link targets.
typealias Paragraph = StyledParagraph<ThemeRole, Target>

/// A dashboard document (the kernel's, with the dashboard's roles and link targets).
typealias Document = StyledDocument<ThemeRole, Target>

extension StyledParagraph where Role == ThemeRole {
    static func heading(_ text: String) -> Self { Self(.heading, [Span(text, .heading)]) }
}

extension StyledDocument where Role == ThemeRole {
    /// A document; a searchable one folds its keys now, once, the way the dashboard's search folds.
    init(_ paragraphs: [StyledParagraph<ThemeRole, Target>], searchable: Bool = false) {
        let keys = searchable ? paragraphs.map { SearchFold.fold($0.plainText) } : []
        self.init(paragraphs: paragraphs, searchKeys: keys)
    }
}
