/// What a column of a dataset table shows; the key that ties a listing's values to the
/// column's one definition.
public enum ColumnID: String, Sendable, CaseIterable {
    case name, municipality, province, inhabitants, lowWelfare, m50, kind, programme, period, code, pilot
    case focusAreas, title, publisher, date, id, url
}

/// One column of a dataset table, defined once for the dashboard's table and for
/// `sterk lijst`: what it shows, its Dutch title, its alignment, and the width hints of each
/// surface (they fit different things: a fixed screen versus a pipe or a terminal width).
public struct ColumnDefinition: Sendable {
    /// The dashboard's hints: preferred and narrowest width, drop order (lower stays longest;
    /// 0 never goes).
    struct Screen: Sendable {
        var preferred: Int
        var minimum: Int
        var priority: Int
    }

    /// `sterk lijst`'s hints: drop order (as on screen: lower stays longest; 0 never goes) and
    /// the narrowest the column may be cut to with "…" (nil: never cut, dropped instead).
    /// A listing has its own order because it has other columns (a pipe has room for ids
    /// and URLs) and fits a terminal's width instead of a panel's.
    public struct Listing: Sendable {
        public var priority: Int
        public var cutTo: Int?
    }

    public let id: ColumnID
    public let title: String
    public let alignRight: Bool
    /// nil: the dashboard's table has no such column.
    let screen: Screen?
    /// nil: `sterk lijst` has no such column.
    public let listing: Listing?

    init(_ id: ColumnID, _ title: String, right: Bool = false, screen: Screen?, listing: Listing?) {
        self.id = id
        self.title = title
        self.alignRight = right
        self.screen = screen
        self.listing = listing
    }
}

extension ColumnDefinition.Screen {
    init(_ preferred: Int, _ minimum: Int, drop priority: Int) {
        self.init(preferred: preferred, minimum: minimum, priority: priority)
    }
}

extension ColumnDefinition.Listing {
    /// Never dropped; cut to `cutTo` at the narrowest.
    static func kept(cutTo: Int? = nil) -> Self { Self(priority: 0, cutTo: cutTo) }

    /// Dropped in order of `priority` (highest first).
    static func drop(_ priority: Int, cutTo: Int? = nil) -> Self { Self(priority: priority, cutTo: cutTo) }
}

extension [ColumnDefinition] {
    /// The columns `sterk lijst` shows, in order.
    public var listed: [ColumnDefinition] { filter { $0.listing != nil } }

    /// The dashboard table's columns, in order.
    var screenColumns: [TableColumn] {
        compactMap { column in
            column.screen.map {
                TableColumn(
                    title: column.title, preferred: $0.preferred, minimum: $0.minimum, priority: $0.priority,
                    alignRight: column.alignRight)
            }
        }
    }
}

/// The columns of the four dataset tables (Focusgebieden, Wijken, Gemeenten, Bronnen), each
/// defined once. The dashboard shows those with `screen` hints, `sterk lijst` those with
/// `listing` hints; both use the same id, title and alignment.
public enum DatasetColumns {
    /// The CLI's floor for a column that gives up width before others are dropped.
    static let cutFloor = 12

    public static let focusgebieden: [ColumnDefinition] = [
        .init(.name, Dutch.columnName, screen: .init(26, 14, drop: 0), listing: .kept(cutTo: cutFloor)),
        .init(.municipality, Dutch.columnMunicipality, screen: .init(14, 9, drop: 3), listing: .drop(2)),
        .init(.province, Dutch.columnProvince, screen: .init(13, 8, drop: 5), listing: .drop(5)),
        .init(.inhabitants, Dutch.columnInhabitants, right: true, screen: .init(10, 9, drop: 2), listing: .drop(3)),
        .init(.lowWelfare, Dutch.columnLowWelfare, right: true, screen: .init(10, 10, drop: 4), listing: .drop(4)),
        .init(.m50, Dutch.columnM50, screen: .init(6, 5, drop: 1), listing: .drop(1)),
    ]

    public static let wijken: [ColumnDefinition] = [
        .init(.name, Dutch.columnName, screen: .init(22, 12, drop: 0), listing: .kept()),
        .init(.kind, Dutch.columnKind, screen: .init(20, 10, drop: 1), listing: .drop(1)),
        .init(.municipality, Dutch.columnMunicipality, screen: .init(14, 9, drop: 2), listing: .drop(2)),
        .init(.inhabitants, Dutch.columnInhabitants, right: true, screen: .init(10, 8, drop: 4), listing: nil),
        .init(.programme, Dutch.columnProgramme, screen: .init(30, 10, drop: 3), listing: .drop(3, cutTo: cutFloor)),
        .init(.period, Dutch.columnPeriod, screen: nil, listing: .drop(4)),
    ]

    public static let gemeenten: [ColumnDefinition] = [
        .init(.name, Dutch.columnMunicipality, screen: .init(22, 12, drop: 0), listing: .kept(cutTo: cutFloor)),
        .init(.province, Dutch.columnProvince, screen: .init(14, 9, drop: 3), listing: .drop(2)),
        .init(.code, Dutch.columnCode, screen: .init(8, 8, drop: 4), listing: .drop(3)),
        .init(.inhabitants, Dutch.columnInhabitants, right: true, screen: .init(10, 8, drop: 5), listing: .drop(4)),
        .init(.m50, Dutch.columnM50, screen: nil, listing: .drop(1)),
        .init(.pilot, Dutch.columnPilot, screen: .init(14, 6, drop: 1), listing: nil),
        .init(.focusAreas, Dutch.columnFocus, screen: .init(24, 8, drop: 2), listing: nil),
    ]

    /// What a person needs first: title, publisher, date; the id (for `toon`) and the URL
    /// (useless when cut) only in `sterk lijst`, where the terminal has room for them.
    public static let bronnen: [ColumnDefinition] = [
        .init(.title, Dutch.columnTitle, screen: .init(60, 20, drop: 0), listing: .kept(cutTo: 24)),
        .init(.publisher, Dutch.columnPublisher, screen: .init(18, 8, drop: 1), listing: .drop(2, cutTo: 12)),
        .init(.date, Dutch.columnDate, screen: .init(10, 10, drop: 2), listing: .drop(1)),
        .init(.id, Dutch.columnID, screen: nil, listing: .drop(4)),
        .init(.url, Dutch.columnURL, screen: nil, listing: .drop(5)),
    ]
}
