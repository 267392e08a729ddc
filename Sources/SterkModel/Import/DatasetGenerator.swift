import Foundation

/// Builds the bundled dataset from committed source files: the hand-curated part
/// (`curated.json`) plus the CBS and Leefbaarometer files that `import.json` lists.
/// The same inputs give the same bytes (see `JSONOut.canonical()`).
public enum DatasetGenerator {
    /// The manifest's file name inside the data directory.
    public static let manifestName = "import.json"
    /// Columns copied into the curated pilot and comparison wijken, newest table first.
    static let wijkFigureKeys = [
        "inwoners", "woningvoorraad", "a_hh", "g_wozbag", "p_koopw", "p_huurw", "p_wcorpw",
        "a_soz_wb", "a_soz_ww",
    ]

    /// Reads everything under `directory` and returns the dataset's bytes, checked by the loader.
    public static func generate(directory: String) throws(ImportError) -> [UInt8] {
        let manifest = try Manifest(directory: directory)
        var tables: [(ImportedTable, JSONOut)] = []
        for entry in manifest.tables {
            let csv = try read(csv: entry.file, directory: directory)
            let rows = entry.format == "kwb" ? try AreaTableImport.kwb(csv) : try AreaTableImport.compact(csv)
            let columns = (entry.format == "kwb" ? ImportColumn.kwb : ImportColumn.compact).map(\.spec)
            let table = ImportedTable(entry: entry, columns: columns, rows: rows)
            tables.append((table, table.json))
        }
        let lbm = manifest.leefbaarometer
        let lbmRows = try LeefbaarometerImport.rows(try read(csv: lbm.file, directory: directory))
        var curated = try readCurated(manifest.curated, directory: directory)
        let tableModels = tables.map { $0.0 }
        try fillInhabitants(&curated, from: tableModels, manifest: manifest)
        addWijkFigures(&curated, from: tableModels)
        curated.set("areaTables", .array(tables.map { $0.1 }))
        curated.set(
            "leefbaarometer",
            .object([
                ("title", .string(lbm.title)), ("sources", .array(lbm.sources.map(JSONOut.string))),
                ("rows", .array(lbmRows.map(JSONOut.string))),
            ]))
        let bytes = curated.canonical()
        do { _ = try DatasetLoader.decode(bytes: bytes, fileName: DutchImport.generatedName) } catch {
            throw ImportError(file: manifest.curated, message: DutchImport.generatedInvalid(error.description))
        }
        return bytes
    }

    static func read(csv file: String, directory: String) throws(ImportError) -> CSVFile {
        try CSVFile(bytes: try readBytes(file, directory: directory), name: file)
    }

    static func readBytes(_ file: String, directory: String) throws(ImportError) -> [UInt8] {
        do { return try DatasetLoader.readBytes(path: directory + "/" + file) } catch {
            throw ImportError(file: file, message: DutchFile.cannotRead(error.localizedDescription))
        }
    }

    private static func readCurated(_ file: String, directory: String) throws(ImportError) -> JSONOut {
        let bytes = try readBytes(file, directory: directory)
        let node: JSONNode
        do { node = try JSONParser.parse(bytes) } catch {
            throw ImportError(
                file: file, line: TextPosition.of(offset: error.offset, in: bytes).line,
                message: DutchJSON.notJSON(error.message))
        }
        let value = JSONOut(node)
        for key in ["areaTables", "leefbaarometer"] where value[key] != nil {
            throw ImportError(file: file, field: key, message: DutchImport.partMadeByImporter)
        }
        return value
    }
}

/// One imported area table.
struct ImportedTable {
    let entry: Manifest.Table
    let columns: [AreaColumn]
    let rows: [String]

    var model: AreaTable {
        AreaTable(
            id: entry.id, title: entry.title, sources: entry.sources, asOf: PartialDate(iso: entry.asOf),
            columns: columns, rows: rows)
    }

    var json: JSONOut {
        .object([
            ("id", .string(entry.id)), ("title", .string(entry.title)),
            ("sources", .array(entry.sources.map(JSONOut.string))), ("asOf", .string(entry.asOf)),
            ("columns", .array(columns.map(Self.columnJSON))),
            ("rows", .array(rows.map(JSONOut.string))),
        ])
    }

    private static func columnJSON(_ column: AreaColumn) -> JSONOut {
        var members: [(String, JSONOut)] = [
            ("key", .string(column.key)), ("label", .string(column.label)),
            ("unit", .string(column.unit.rawValue)),
        ]
        if column.scale != 1 { members.append(("scale", .number(column.scale))) }
        if column.additive { members.append(("additive", .bool(true))) }
        return .object(members)
    }
}
