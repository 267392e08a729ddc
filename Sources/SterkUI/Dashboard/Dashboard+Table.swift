/// Sorting and filtering tables; orders are computed on change and sorts are cached.
extension Dashboard {
    mutating func sortNextColumn() {
        guard let model = catalog.tables[state.panel], var table = state.current.table else { return }
        let next = ((table.sortColumn ?? -1) + 1) % model.columns.count
        table.sortColumn = next
        table.ascending = true
        apply(table, model: model)
    }

    mutating func sort(byColumn column: Int) {
        guard let model = catalog.tables[state.panel], var table = state.current.table,
              model.columns.indices.contains(column) else { return }
        table.ascending = table.sortColumn == column ? !table.ascending : true
        table.sortColumn = column
        apply(table, model: model)
    }

    mutating func reverseSort() {
        guard let model = catalog.tables[state.panel], var table = state.current.table else { return }
        if table.sortColumn == nil { table.sortColumn = 0 }
        table.ascending.toggle()
        apply(table, model: model)
    }

    mutating func cycleM50Filter() {
        guard let model = catalog.tables[state.panel], var table = state.current.table else { return }
        let all = TableState.M50Filter.allCases
        table.m50Filter = all[((all.firstIndex(of: table.m50Filter) ?? 0) + 1) % all.count]
        apply(table, model: model)
    }

    mutating func cycleProvinceFilter() {
        guard let model = catalog.tables[state.panel], var table = state.current.table else { return }
        let codes = catalog.focusProvinces
        if let current = table.province, let index = codes.firstIndex(of: current) {
            table.province = index + 1 < codes.count ? codes[index + 1] : nil
        } else {
            table.province = codes.first
        }
        apply(table, model: model)
    }

    mutating func clearFilters() {
        guard let model = catalog.tables[state.panel], let table = state.current.table else { return }
        state.current.table = resetFilters(table, model: model)
        selectTableRow(0)
    }

    func resetFilters(_ table: TableState, model: TableModel) -> TableState {
        var copy = table
        copy.m50Filter = .all
        copy.province = nil
        copy.order = Dashboard.order(copy, model: model)
        return copy
    }

    /// Recomputes the visible order, keeping the selected row selected when it stays visible.
    mutating func apply(_ table: TableState, model: TableModel) {
        let previous = selectedRow(state.panel)
        var table = table
        if let column = table.sortColumn, table.sortCache[cacheKey(column, table.ascending)] == nil {
            table.sortCache[cacheKey(column, table.ascending)] = model.sortedOrder(column: column, ascending: table.ascending)
        }
        table.order = Dashboard.order(table, model: model)
        state.current.table = table
        selectTableRow(previous.flatMap { table.order.firstIndex(of: $0) } ?? 0)
        if let search = state.search, search.panel == state.panel { state.status = searchStatus(search) }
    }

    func cacheKey(_ column: Int, _ ascending: Bool) -> Int { column * 2 + (ascending ? 0 : 1) }

    static func order(_ table: TableState, model: TableModel) -> [Int] {
        let sorted = table.sortColumn.flatMap { table.sortCache[$0 * 2 + (table.ascending ? 0 : 1)] }
            ?? Array(0..<model.rowCount)
        guard table.m50Filter != .all || table.province != nil else { return sorted }
        return sorted.filter { index in
            switch table.m50Filter {
            case .only where !model.isM50(index), .without where model.isM50(index): return false
            default: break
            }
            return table.province.map { $0 == model.provinceCode(index) } ?? true
        }
    }
}
