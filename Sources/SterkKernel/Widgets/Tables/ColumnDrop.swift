/// Which column a table gives up next when it does not fit: one rule for every table, the
/// dashboard's (`ColumnLayout`) and `sterk lijst`'s plain-text ones alike.
///
/// The highest drop number goes first, the later column on a tie; a column numbered 0 never
/// goes (a table's first, name column has 0).
public enum ColumnDrop {
    /// The next column to drop among `shown` (column indices, left to right); nil when every
    /// one of them is kept.
    public static func next(among shown: [Int], priority: (Int) -> Int) -> Int? {
        shown.filter { priority($0) > 0 }.max { (priority($0), $0) < (priority($1), $1) }
    }
}
