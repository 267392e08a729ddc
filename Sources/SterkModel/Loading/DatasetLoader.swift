import Foundation

/// The only way data enters the product: reads, parses, decodes and checks a dataset file.
public enum DatasetLoader {
    /// The file name used in messages about the bundled dataset.
    public static let bundledName = DutchDatasetError.bundledName

    /// Loads the dataset that ships with the program.
    public static func loadBundled() throws(DatasetError) -> Dataset {
        guard let url = ModuleResources.model?.url(forResource: "dataset", withExtension: "json") else {
            throw .unreadable(file: bundledName, reason: ModuleResources.missing(module: "SterkModel"))
        }
        return try load(path: url.path, displayName: bundledName, checkTableRows: false)
    }

    /// Loads a dataset file; `displayName` is used in messages (defaults to the path).
    /// `checkTableRows: false` (the bundled file only, which the tests check whole) leaves the
    /// table rows to be split on first use instead of at start-up.
    public static func load(path: String, displayName: String? = nil, checkTableRows: Bool = true) throws(DatasetError)
        -> Dataset
    {
        let name = displayName ?? path
        let bytes: [UInt8]
        do {
            bytes = try readBytes(path: path)
        } catch {
            throw .unreadable(file: name, reason: error.localizedDescription)
        }
        return try decodeDetailed(bytes: bytes, fileName: name, checkTableRows: checkTableRows).dataset
    }

    /// Parses and checks dataset bytes, collecting every problem before failing.
    public static func decode(bytes: [UInt8], fileName: String) throws(DatasetError) -> Dataset {
        try decodeDetailed(bytes: bytes, fileName: fileName).dataset
    }

    /// What a successful decode found: the dataset, and where the focus-area array stood
    /// (the cache keeps the file without it).
    struct Decoded {
        let dataset: Dataset
        let focusAreaRange: Range<Int>?
    }

    static func decodeDetailed(bytes: [UInt8], fileName: String, checkTableRows: Bool = true) throws(DatasetError)
        -> Decoded
    {
        let issues = IssueCollector(bytes: bytes)
        let root: JSONNode, deferred: Range<Int>?
        do {
            (root, deferred) = try JSONParser.parse(bytes, deferring: "focusAreas")
        } catch {
            issues.report(DutchJSON.notJSON(error.message), path: "", offset: error.offset)
            throw .invalid(file: fileName, issues: issues.issues)
        }
        let syntax = SyntaxFailure()
        let streamed = deferred.map { range in
            StreamedArray(start: range.lowerBound) { body in
                do throws(JSONSyntaxError) {
                    try JSONParser.forEachElement(of: bytes, arrayAt: range.lowerBound, body)
                } catch { syntax.error = error }
            }
        }
        var decoder = DatasetDecoder(issues: issues)
        decoder.checkTableRows = checkTableRows
        let dataset = decoder.decode(root, streamed: streamed)
        if let error = syntax.error {
            // As with a whole-tree parse: broken JSON is the only problem reported.
            let only = IssueCollector(bytes: bytes)
            only.report(DutchJSON.notJSON(error.message), path: "", offset: error.offset)
            throw .invalid(file: fileName, issues: only.issues)
        }
        ReferenceCheck(pending: decoder.references, issues: issues, unreadableKinds: decoder.unreadable.kinds).run()
        guard let dataset, issues.isEmpty else {
            throw .invalid(file: fileName, issues: issues.sortedByPosition)
        }
        return Decoded(dataset: dataset, focusAreaRange: deferred)
    }

    static func readBytes(path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LoaderFailure(DutchFile.missing)
        }
        guard !isDirectory.boolValue else { throw LoaderFailure(DutchFile.isDirectory) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoaderFailure(DutchFile.unreadable)
        }
        return [UInt8](data)
    }
}

/// A syntax error met while streaming, kept until the decoder has finished.
private final class SyntaxFailure {
    var error: JSONSyntaxError?
}

/// A read failure with a Dutch message.
struct LoaderFailure: Error, LocalizedError {
    let message: String
    init(_ message: String) { self.message = message }
    var errorDescription: String? { message }
}
