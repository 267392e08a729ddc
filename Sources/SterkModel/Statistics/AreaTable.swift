import Foundation

/// One numeric column of an area table: a CBS indicator with its Dutch label and unit.
public struct AreaColumn: Sendable, Hashable {
    /// Stable key used in queries and JSON ("inwoners", "a_hh", "g_wozbag").
    public var key: String
    public var label: String
    public var unit: FigureUnit
    /// The stored number times `scale` is the value in `unit` (CBS gives WOZ in thousands of euros).
    public var scale: Double
    /// True when values add up over areas (inhabitants, dwellings, hectares; not shares or averages).
    public var additive: Bool

    /// Creates a column.
    public init(key: String, label: String, unit: FigureUnit, scale: Double = 1, additive: Bool = false) {
        self.key = key
        self.label = label
        self.unit = unit
        self.scale = scale
        self.additive = additive
    }
}

/// The administrative level of an area row.
public enum AreaLevel: String, Sendable, CaseIterable {
    case gemeente, wijk, buurt
}

/// Figures per CBS area (gemeente, wijk) from one imported table, such as CBS Kerncijfers
/// wijken en buurten 2024. Rows stay as their compact text ("code|niveau|gemeente|naam|v1|…")
/// until something asks for a value; the first question splits them all (a few ms for the
/// 3,735 rows of 2024), so start-up never pays for the wijken it does not show.
public final class AreaTable: @unchecked Sendable {
    public let id: String
    public let title: String
    public let sources: [String]
    public let asOf: PartialDate?
    public let columns: [AreaColumn]
    /// The rows as stored in the dataset file.
    public let rawRows: [String]
    private let lock = NSLock()
    private var parsed: ParsedRows?

    /// Creates a table over compact rows; nothing is split yet.
    public init(id: String, title: String, sources: [String], asOf: PartialDate?, columns: [AreaColumn], rows: [String])
    {
        self.id = id
        self.title = title
        self.sources = sources
        self.asOf = asOf
        self.columns = columns
        self.rawRows = rows
    }

    /// The split rows, made on first use and kept.
    var rows: ParsedRows {
        lock.lock()
        defer { lock.unlock() }
        if let parsed { return parsed }
        let made = ParsedRows(rows: rawRows, columnCount: columns.count)
        parsed = made
        return made
    }

    /// Number of areas.
    public var count: Int { rawRows.count }

    /// The number of rows of one level, read from the row text without splitting the rows
    /// (a byte scan of the level field: cheap enough for a tab bar at start-up).
    public func count(level: AreaLevel) -> Int {
        let wanted = Array(level.rawValue.utf8)
        var total = 0
        for row in rawRows {
            var utf8 = row.utf8.makeIterator()
            while let byte = utf8.next(), byte != 0x7C {}
            var matched = 0, equal = true
            while let byte = utf8.next(), byte != 0x7C {
                if matched < wanted.count, byte == wanted[matched] { matched += 1 } else { equal = false }
            }
            if equal, matched == wanted.count { total += 1 }
        }
        return total
    }

    /// The position of a column key, if the table has it.
    public func columnIndex(_ key: String) -> Int? { columns.firstIndex { $0.key == key } }

    /// The row of a CBS code ("GM0355", "WK035502"), if present.
    public func row(code: String) -> Int? { rows.rowByCode[code] }

    /// The area in a row.
    public func area(_ row: Int) -> CBSArea { rows.areas[row] }

    /// The value in a row and column, already scaled; nil when CBS did not publish it.
    public func value(_ row: Int, column: Int) -> Double? {
        guard row >= 0, row < count, column >= 0, column < columns.count else { return nil }
        let raw = rows.values[row * columns.count + column]
        return raw.isNaN ? nil : raw * columns[column].scale
    }

    /// A value as a figure with this table's source and date ("onbekend" when missing).
    public func figure(code: String, column key: String, label: String? = nil) -> Figure? {
        guard let column = columnIndex(key) else { return nil }
        let spec = columns[column]
        guard let row = row(code: code), let value = value(row, column: column) else {
            return Figure(
                label: label ?? spec.label, value: nil, unit: spec.unit, asOf: asOf, certainty: .gap,
                note: DutchFigureNote.notPublished(in: title))
        }
        return Figure(label: label ?? spec.label, value: value, unit: spec.unit, asOf: asOf, sources: sources)
    }

    /// Rows of one level in one municipality, in table order.
    public func rows(inMunicipality code: String, level: AreaLevel) -> [Int] {
        rows.areas.indices.filter { rows.areas[$0].municipalityCode == code && rows.areas[$0].level == level }
    }

    /// Rows of one level, in table order.
    public func rows(level: AreaLevel) -> [Int] {
        rows.areas.indices.filter { rows.areas[$0].level == level }
    }
}

/// The fixed part of every area row.
public struct CBSArea: Sendable, Hashable {
    public var code: String
    public var level: AreaLevel
    public var municipalityCode: String
    /// CBS's own name ("Wijk 06 Dommelbergen"); empty when CBS gives none.
    public var name: String

    /// The name to show: CBS's name, or the code when CBS has none.
    public var displayName: String { name.isEmpty ? code : name }
}

/// Rows split into areas and a flat value grid (NaN = not published).
struct ParsedRows {
    var areas: [CBSArea] = []
    var values: [Double] = []
    var rowByCode: [String: Int] = [:]

    init(rows: [String], columnCount: Int) {
        areas.reserveCapacity(rows.count)
        values.reserveCapacity(rows.count * columnCount)
        for text in rows {
            switch AreaRowText.split(text, columnCount: columnCount) {
            case let .success(row):
                if rowByCode[row.area.code] == nil { rowByCode[row.area.code] = areas.count }
                areas.append(row.area)
                values.append(contentsOf: row.values.map { $0 ?? .nan })
            case .failure:
                // Only reachable for a file that skipped the loader's row check (see DatasetLoader).
                areas.append(CBSArea(code: "", level: .buurt, municipalityCode: "", name: DutchAreaRow.unreadableName))
                values.append(contentsOf: [Double](repeating: .nan, count: columnCount))
            }
        }
    }
}
