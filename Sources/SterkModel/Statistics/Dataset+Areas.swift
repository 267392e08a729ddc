/// Queries over the imported CBS area tables.
extension Dataset {
    /// The table with this id, if imported.
    public func areaTable(_ id: String) -> AreaTable? { areaTables.first { $0.id == id } }

    /// The newest table that counts inhabitants for every gemeente and wijk (the first
    /// table with an `inwoners` column): the one the Wijken view and search list.
    public var wijkTable: AreaTable? { areaTables.first { $0.columnIndex("inwoners") != nil } }

    /// The CBS wijken of a municipality, in CBS order.
    public func cbsWijken(inMunicipality code: String) -> [CBSArea] {
        guard let table = wijkTable else { return [] }
        return table.rows(inMunicipality: code, level: .wijk).map(table.area)
    }

    /// The number of CBS wijken in the newest table, without splitting its rows.
    public var cbsWijkCount: Int { wijkTable?.count(level: .wijk) ?? 0 }

    /// The inhabitants of a CBS area from the newest table, with source and date.
    public func cbsInhabitants(_ code: String) -> Figure? {
        wijkTable?.figure(code: code, column: "inwoners")
    }

    /// Every CBS wijk of the newest table.
    public var allCBSWijken: [CBSArea] {
        guard let table = wijkTable else { return [] }
        return table.rows(level: .wijk).map(table.area)
    }

    /// The CBS area with this code from the newest table that has it.
    public func cbsArea(_ code: String) -> CBSArea? {
        for table in areaTables { if let row = table.row(code: code) { return table.area(row) } }
        return nil
    }

    /// Every figure the tables hold for one area, table by table, with source and date;
    /// a value CBS did not publish is an "onbekend" figure.
    public func areaFigures(code: String) -> [Figure] {
        areaTables.flatMap { table -> [Figure] in
            guard table.row(code: code) != nil else { return [] }
            return table.columns.compactMap { table.figure(code: code, column: $0.key) }
        }
    }

    /// The curated pilot or comparison wijken that stand for a CBS area.
    public func curatedWijken(forCBSArea code: String) -> [Wijk] {
        wijken.filter { $0.cbsAreas.contains(code) }
    }
}
