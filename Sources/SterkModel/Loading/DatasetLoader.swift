import Foundation

/// The only way data enters the product: reads, parses, decodes and checks a dataset file.
public enum DatasetLoader {
    /// The file name used in messages about the bundled dataset.
    public static let bundledName = "dataset.json (meegeleverd)"

    /// Loads the dataset that ships with the program.
    public static func loadBundled() throws(DatasetError) -> Dataset {
        guard let url = Bundle.module.url(forResource: "dataset", withExtension: "json") else {
            throw .unreadable(file: bundledName, reason: "meegeleverde dataset niet gevonden naast het programma")
        }
        return try load(path: url.path, displayName: bundledName)
    }

    /// Loads a dataset file; `displayName` is used in messages (defaults to the path).
    public static func load(path: String, displayName: String? = nil) throws(DatasetError) -> Dataset {
        let name = displayName ?? path
        let bytes: [UInt8]
        do {
            bytes = try readBytes(path: path)
        } catch {
            throw .unreadable(file: name, reason: error.localizedDescription)
        }
        return try decode(bytes: bytes, fileName: name)
    }

    /// Parses and checks dataset bytes, collecting every problem before failing.
    public static func decode(bytes: [UInt8], fileName: String) throws(DatasetError) -> Dataset {
        let issues = IssueCollector(bytes: bytes)
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            issues.report("geen geldige JSON: \(error.message)", path: "", offset: error.offset)
            throw .invalid(file: fileName, issues: issues.issues)
        }
        let decoder = DatasetDecoder(issues: issues)
        let dataset = decoder.decode(root)
        ReferenceCheck(pending: decoder.references, issues: issues, unreadableKinds: decoder.unreadable.kinds).run()
        guard let dataset, issues.issues.isEmpty else {
            throw .invalid(file: fileName, issues: issues.sortedByPosition)
        }
        return dataset
    }

    private static func readBytes(path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LoaderFailure("bestand bestaat niet")
        }
        guard !isDirectory.boolValue else { throw LoaderFailure("dit is een map, geen bestand") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoaderFailure("geen leesrechten of leesfout")
        }
        return [UInt8](data)
    }
}

/// A read failure with a Dutch message.
struct LoaderFailure: Error, LocalizedError {
    let message: String
    init(_ message: String) { self.message = message }
    var errorDescription: String? { message }
}
