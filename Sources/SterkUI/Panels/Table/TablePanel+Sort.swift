/// Sorting and filtering; orders are computed on change and sorts are cached.
extension TablePanel {
    mutating func sortNextColumn(_ context: inout PanelContext) {
        guard let model = source.model(context), var table = pane.table else { return }
        table.sortColumn = ((table.sortColumn ?? -1) + 1) % model.columns.count
        table.ascending = true
        apply(table, model: model, &context)
    }

    mutating func sort(byColumn column: Int, _ context: inout PanelContext) {
        guard let model = source.model(context), var table = pane.table, model.columns.indices.contains(column) else {
            return
        }
        table.ascending = table.sortColumn == column ? !table.ascending : true
        table.sortColumn = column
        apply(table, model: model, &context)
    }

    mutating func reverseSort(_ context: inout PanelContext) {
        guard let model = source.model(context), var table = pane.table else { return }
        if table.sortColumn == nil { table.sortColumn = 0 }
        table.ascending.toggle()
        apply(table, model: model, &context)
    }

    mutating func cycleM50Filter(_ context: inout PanelContext) {
        guard let model = source.model(context), var table = pane.table else { return }
        let all = TableState.M50Filter.allCases
        table.m50Filter = all[((all.firstIndex(of: table.m50Filter) ?? 0) + 1) % all.count]
        apply(table, model: model, &context)
    }

    mutating func cycleProvinceFilter(_ context: inout PanelContext) {
        guard let model = source.model(context), var table = pane.table else { return }
        let codes = context.catalog.focusProvinces
        if let current = table.province, let index = codes.firstIndex(of: current) {
            table.province = index + 1 < codes.count ? codes[index + 1] : nil
        } else {
            table.province = codes.first
        }
        apply(table, model: model, &context)
    }

    mutating func clearFilters(_ context: PanelContext) {
        guard let model = source.model(context), let table = pane.table else { return }
        pane.table = resetFilters(table, model: model)
        selectRow(0, context)
    }

    func resetFilters(_ table: TableState, model: TableModel) -> TableState {
        var copy = table
        copy.m50Filter = .all
        copy.province = nil
        copy.order = TableState.order(copy, model: model)
        return copy
    }

    /// Recomputes the visible order, keeping the selected row selected when it stays visible.
    mutating func apply(_ table: TableState, model: TableModel, _ context: inout PanelContext) {
        let previous = selectedRow
        var table = table
        table.cacheSort(model: model)
        table.order = TableState.order(table, model: model)
        pane.table = table
        selectRow(previous.flatMap { table.order.firstIndex(of: $0) } ?? 0, context)
        context.orderChanged = true  // the search count follows the new order
    }
}

extension TableState {
    static func cacheKey(_ column: Int, _ ascending: Bool) -> Int { column * 2 + (ascending ? 0 : 1) }

    /// Computes the current sort's order once and keeps it.
    mutating func cacheSort(model: TableModel) {
        guard let column = sortColumn, sortCache[TableState.cacheKey(column, ascending)] == nil else { return }
        sortCache[TableState.cacheKey(column, ascending)] = model.sortedOrder(column: column, ascending: ascending)
    }

    /// The visible rows in display order: the cached sort (or model order), filtered.
    static func order(_ table: TableState, model: TableModel) -> [Int] {
        let sorted =
            table.sortColumn.flatMap { table.sortCache[cacheKey($0, table.ascending)] }
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
