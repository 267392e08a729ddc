/// One problem in a dataset file: where it is (field path, line, column) and what is wrong.
public struct DatasetIssue: Sendable, Hashable, CustomStringConvertible {
    /// Field path such as `wijken[2].bronnen[0]`; empty for the document itself.
    public let path: String
    public let position: TextPosition?
    public let message: String

    /// Creates an issue.
    public init(path: String, position: TextPosition?, message: String) {
        self.path = path
        self.position = position
        self.message = message
    }

    /// "12:5: focusAreas[3].municipality: verwijst naar onbekende gemeente 'GM9999'".
    public var description: String {
        let place = position.map { "\($0): " } ?? ""
        let field = path.isEmpty ? "" : "\(path): "
        return place + field + message
    }
}

/// Why a dataset could not be loaded: the file and every problem found in it.
public enum DatasetError: Error, Sendable, CustomStringConvertible {
    /// The file could not be read at all.
    case unreadable(file: String, reason: String)
    /// The file was read but has problems (syntax or content).
    case invalid(file: String, issues: [DatasetIssue])

    /// The problems, one per line, each prefixed by the file name.
    public var description: String { description(limit: Self.listLimit) }

    /// How many problems a message lists before "… en nog N".
    public static let listLimit = 1000

    /// The message with at most `limit` problems listed (nil: all), then a count of the rest.
    /// Each problem stays on one line: a line break in a key or value from the file cannot
    /// start a line that looks like a problem (or a verdict) of its own.
    public func description(limit: Int?) -> String {
        switch self {
        case let .unreadable(file, reason):
            return "\(file): " + DutchFile.cannotRead(reason)
        case let .invalid(file, issues):
            let shown = limit.map { issues.prefix(max(0, $0)) } ?? issues[...]
            var lines = [DutchDatasetError.invalid(file: file, count: issues.count)]
            lines += shown.map { ControlCharacters.strip("\(file):\($0)") }
            if shown.count < issues.count {
                lines.append(DutchDatasetError.more(issues.count - shown.count))
            }
            return lines.joined(separator: "\n")
        }
    }

    /// The individual problems (one for an unreadable file).
    public var issues: [DatasetIssue] {
        switch self {
        case let .unreadable(_, reason): return [DatasetIssue(path: "", position: nil, message: reason)]
        case let .invalid(_, issues): return issues
        }
    }
}
