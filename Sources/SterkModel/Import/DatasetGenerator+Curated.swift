/// The parts of the curated dataset the importer fills in from the tables.
extension DatasetGenerator {
    /// Every municipality's inhabitants from the manifest's inhabitants table; a gemeente
    /// on either side that the other lacks is an error (a merger needs a curated entry).
    static func fillInhabitants(_ curated: inout JSONOut, from tables: [ImportedTable], manifest: Manifest)
        throws(ImportError)
    {
        guard let imported = tables.first(where: { $0.entry.id == manifest.inhabitantsTable }) else {
            throw ImportError(
                file: DatasetGenerator.manifestName, field: "inhabitants",
                message: DutchImport.tableNotListed(manifest.inhabitantsTable))
        }
        let table = imported.model
        guard let column = table.columnIndex("inwoners") else {
            throw ImportError(file: imported.entry.file, field: "inwoners", message: DutchImport.noInhabitantsColumn)
        }
        guard var municipalities = curated["municipalities"]?.items else {
            throw ImportError(file: manifest.curated, field: "municipalities", message: DutchImport.listMissing)
        }
        var listed = Set<String>()
        for index in municipalities.indices {
            guard let code = municipalities[index]["code"]?.text else { continue }
            listed.insert(code)
            guard let row = table.row(code: code), table.area(row).level == .gemeente,
                let value = table.value(row, column: column)
            else {
                throw ImportError(
                    file: imported.entry.file, field: "inwoners",
                    message: DutchImport.noInhabitants(municipality: code, curated: manifest.curated))
            }
            municipalities[index].set(
                "inhabitants", figure(DutchColumn.inhabitants, value: value, unit: .persons, table: imported))
        }
        for row in table.rows(level: .gemeente) where !listed.contains(table.area(row).code) {
            let area = table.area(row)
            throw ImportError(
                file: imported.entry.file, field: "code",
                message: DutchImport.municipalityNotCurated(code: area.code, name: area.name, curated: manifest.curated)
            )
        }
        curated.set("municipalities", .array(municipalities))
    }

    /// The CBS figures of each curated wijk's CBS areas, appended to its figures.
    static func addWijkFigures(_ curated: inout JSONOut, from tables: [ImportedTable]) {
        guard var wijken = curated["wijken"]?.items else { return }
        let models = tables.map { ($0, $0.model) }
        for index in wijken.indices {
            let codes =
                (wijken[index]["cbsAreas"]?.items?.compactMap(\.text))
                ?? [wijken[index]["cbsCode"]?.text].compactMap { $0 }
            guard !codes.isEmpty else { continue }
            var figures = wijken[index]["figures"]?.items ?? []
            for code in codes {
                figures.append(
                    contentsOf: areaFigures(code, label: wijken[index]["cbsLabel"]?.text, codes.count, models))
            }
            wijken[index].set("figures", .array(figures))
        }
        curated.set("wijken", .array(wijken))
    }

    private static func areaFigures(
        _ code: String, label: String?, _ count: Int, _ models: [(ImportedTable, AreaTable)]
    ) -> [JSONOut] {
        var done = Set<String>()
        var result: [JSONOut] = []
        for key in wijkFigureKeys {
            for (imported, table) in models {
                guard !done.contains(key), let row = table.row(code: code), let column = table.columnIndex(key) else {
                    continue
                }
                done.insert(key)
                let area = table.area(row)
                let wijk = DutchArea.wijk(Dataset.shortWijkName(area.displayName))
                let place = count == 1 ? (label ?? wijk) : wijk
                let name = DutchImport.wijkFigureLabel(column: table.columns[column].label, place: place)
                if let value = table.value(row, column: column) {
                    result.append(figure(name, value: value, unit: table.columns[column].unit, table: imported))
                } else {
                    result.append(
                        .object([
                            ("label", .string(name)), ("value", .null),
                            ("unit", .string(table.columns[column].unit.rawValue)),
                            ("asOf", .string(imported.entry.asOf)), ("certainty", .string("gap")),
                            ("note", .string(DutchFigureNote.notPublished(in: imported.entry.title))),
                        ]))
                }
            }
        }
        return result
    }

    static func figure(_ label: String, value: Double, unit: FigureUnit, table: ImportedTable) -> JSONOut {
        .object([
            ("label", .string(label)), ("value", .number(value)), ("unit", .string(unit.rawValue)),
            ("asOf", .string(table.entry.asOf)),
            ("sources", .array(table.entry.sources.map(JSONOut.string))),
        ])
    }
}
