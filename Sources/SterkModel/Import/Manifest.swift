/// `import.json` in the data directory: which files the importer reads and how to cite them.
struct Manifest {
    struct Table {
        let id: String
        /// `kwb` (CBS's yearly KWB scheme) or `kerncijfers` (the compact 2024 file).
        let format: String
        let file: String
        let title: String
        let sources: [String]
        let asOf: String
    }

    struct Series {
        let file: String
        let title: String
        let sources: [String]
    }

    let curated: String
    let inhabitantsTable: String
    let tables: [Table]
    let leefbaarometer: Series

    init(directory: String) throws(ImportError) {
        let name = DatasetGenerator.manifestName
        let bytes = try DatasetGenerator.readBytes(name, directory: directory)
        let root: JSONOut
        do { root = JSONOut(try JSONParser.parse(bytes)) } catch {
            throw ImportError(
                file: name, line: TextPosition.of(offset: error.offset, in: bytes).line,
                message: DutchJSON.notJSON(error.message))
        }
        func text(_ value: JSONOut?, _ path: String) throws(ImportError) -> String {
            guard let text = value?.text, !text.isEmpty else {
                throw ImportError(file: name, field: path, message: DutchManifest.textExpected)
            }
            return text
        }
        func list(_ value: JSONOut?, _ path: String) throws(ImportError) -> [String] {
            guard let items = value?.items else {
                throw ImportError(file: name, field: path, message: DutchManifest.textListExpected)
            }
            var result: [String] = []
            for (index, item) in items.enumerated() { result.append(try text(item, "\(path)[\(index)]")) }
            return result
        }
        curated = try text(root["curated"], "curated")
        inhabitantsTable = try text(root["inhabitants"], "inhabitants")
        guard let entries = root["tables"]?.items else {
            throw ImportError(file: name, field: "tables", message: DutchManifest.listExpected)
        }
        var tables: [Table] = []
        for (index, entry) in entries.enumerated() {
            let path = "tables[\(index)]"
            let format = try text(entry["format"], path + ".format")
            guard ["kwb", "kerncijfers"].contains(format) else {
                throw ImportError(
                    file: name, field: path + ".format", message: DutchManifest.unknownFormat(format))
            }
            let asOf = try text(entry["asOf"], path + ".asOf")
            guard PartialDate(iso: asOf) != nil else {
                throw ImportError(file: name, field: path + ".asOf", message: DutchManifest.invalidDate(asOf))
            }
            tables.append(
                Table(
                    id: try text(entry["id"], path + ".id"), format: format,
                    file: try text(entry["file"], path + ".file"),
                    title: try text(entry["title"], path + ".title"),
                    sources: try list(entry["sources"], path + ".sources"),
                    asOf: asOf))
        }
        self.tables = tables
        let lbm = root["leefbaarometer"]
        leefbaarometer = Series(
            file: try text(lbm?["file"], "leefbaarometer.file"), title: try text(lbm?["title"], "leefbaarometer.title"),
            sources: try list(lbm?["sources"], "leefbaarometer.sources"))
    }
}
