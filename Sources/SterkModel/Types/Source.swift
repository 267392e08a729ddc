/// A cited source: every figure and statement points at one or more of these by id.
public struct Source: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var url: String
    public var date: PartialDate?
    public var publisher: String?
    public var note: String?

    /// Creates a source.
    public init(
        id: String, title: String, url: String, date: PartialDate? = nil,
        publisher: String? = nil, note: String? = nil
    ) {
        self.id = id
        self.title = title
        self.url = url
        self.date = date
        self.publisher = publisher
        self.note = note
    }
}
