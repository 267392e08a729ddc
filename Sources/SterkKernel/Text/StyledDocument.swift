/// A list of paragraphs, with their folded search keys when the document is searched.
public struct StyledDocument<Role: ThemeRoles, Target: Hashable & Sendable>: Sendable {
    public let paragraphs: [StyledParagraph<Role, Target>]
    /// What the document shows, so its wrapped rows can be remembered per width.
    public var key: DocumentKey?
    /// Folded paragraph texts, one per paragraph (empty for documents that are not searched).
    /// The app folds them once, when it makes the document: only it knows how its search folds.
    public let searchKeys: [String]

    public init(paragraphs: [StyledParagraph<Role, Target>], searchKeys: [String] = [], key: DocumentKey? = nil) {
        self.paragraphs = paragraphs
        self.searchKeys = searchKeys
        self.key = key
    }

    public var count: Int { paragraphs.count }
}

/// Identifies a document for a render cache. Whoever makes the document names it; the text
/// layer only compares keys, it does not know what they stand for (a panel, a detail).
public struct DocumentKey: Hashable, @unchecked Sendable {
    /// The value's type: `AnyHashable` alone lets numbers of different types meet.
    private let kind: ObjectIdentifier
    /// Only `Sendable` values go in (see `init`), so the box is safe to share.
    private let value: AnyHashable

    public init<Value: Hashable & Sendable>(_ value: Value) {
        kind = ObjectIdentifier(Value.self)
        self.value = AnyHashable(value)
    }
}
