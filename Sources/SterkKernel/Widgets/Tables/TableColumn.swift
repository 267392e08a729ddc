/// A column of a table: how wide it likes to be and how soon it is dropped when space runs out.
public struct TableColumn: Sendable {
    public var title: String
    public var preferred: Int
    public var minimum: Int
    /// Drop order when space runs out (`ColumnDrop`): the highest number goes first, the later
    /// column on a tie; 0 never goes (a table's first, name column has 0).
    public var priority: Int
    public var alignRight: Bool = false

    public init(title: String, preferred: Int, minimum: Int, priority: Int, alignRight: Bool = false) {
        self.title = title
        self.preferred = preferred
        self.minimum = minimum
        self.priority = priority
        self.alignRight = alignRight
    }
}
