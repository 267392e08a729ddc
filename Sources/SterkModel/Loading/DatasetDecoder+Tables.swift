/// Decoding of the imported tables: CBS figures per area and the Leefbaarometer.
extension DatasetDecoder {
    static let areaTableKeys = ["id", "title", "sources", "asOf", "columns", "rows"]

    func areaTable(_ field: Field) -> AreaTable? {
        guard let object = field.object(allowing: Self.areaTableKeys) else { return nil }
        let id = object.required("id").flatMap(identifier)
        let title = object.required("title")?.nonEmptyString
        let sources = object.required("sources").flatMap(sourceIDs)
        let asOf = object.optional("asOf")?.date
        let columns = object.required("columns")?.array(areaColumn)
        let rowsField = object.required("rows")
        let rows = rowsField?.array { $0.string }
        guard let id, let title, let sources, let columns, let rowsField, let rows else { return nil }
        if sources.isEmpty { object.required("sources")?.report(DutchDatasetProblem.tableWithoutSource) }
        if checkTableRows { checkAreaRows(rowsField, columnCount: columns.count) }
        return AreaTable(id: id, title: title, sources: sources, asOf: asOf, columns: columns, rows: rows)
    }

    private func areaColumn(_ field: Field) -> AreaColumn? {
        guard let object = field.object(allowing: ["key", "label", "unit", "scale", "additive"]) else { return nil }
        let key = object.required("key")?.nonEmptyString
        let label = object.required("label")?.nonEmptyString
        let unit = object.required("unit").flatMap(unitValue)
        let scale = object.optional("scale")?.double ?? 1
        let additive = object.optional("additive")?.bool ?? false
        guard let key, let label, let unit else { return nil }
        return AreaColumn(key: key, label: label, unit: unit, scale: scale, additive: additive)
    }

    /// Every row split once, so a broken row is named with its field (a user's file only;
    /// the bundled file is checked by the tests, and its rows are split on first use).
    private func checkAreaRows(_ field: Field, columnCount: Int) {
        guard case let .array(elements) = field.node.value else { return }
        for (position, element) in elements.enumerated() {
            guard case let .string(text) = element.value else { continue }
            if case let .failure(problem) = AreaRowText.split(text, columnCount: columnCount) {
                issues.report(
                    DutchDatasetProblem.rowField(problem.field, problem.message),
                    path: "\(field.path)[\(position)]", offset: element.offset)
            }
        }
    }

    func leefbaarometer(_ field: Field) -> Leefbaarometer? {
        guard let object = field.object(allowing: ["title", "sources", "rows"]) else { return nil }
        let title = object.required("title")?.nonEmptyString
        let sources = object.required("sources").flatMap(sourceIDs)
        let rowsField = object.required("rows")
        let rows = rowsField?.array { $0.string }
        guard let title, let sources, let rowsField, let rows else { return nil }
        if checkTableRows, case let .array(elements) = rowsField.node.value {
            for (position, element) in elements.enumerated() {
                guard case let .string(text) = element.value else { continue }
                if case let .failure(problem) = Leefbaarometer.split(text) {
                    issues.report(
                        DutchDatasetProblem.rowField(problem.field, problem.message),
                        path: "\(rowsField.path)[\(position)]", offset: element.offset)
                }
            }
        }
        return Leefbaarometer(title: title, sources: sources, rows: rows)
    }
}
