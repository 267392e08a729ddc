/// A problem with an import source file, in Dutch, naming the file, line and column or field.
public struct ImportError: Error, Sendable, CustomStringConvertible {
    public let file: String
    /// 1-based line, when the problem sits on one.
    public let line: Int?
    /// The column name or field path, when known.
    public let field: String?
    public let message: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// "data/cbs/kwb.csv, regel 17, kolom a_inw: 'x' is geen getal".
    public var description: String {
        DutchImport.located(file: file, line: line, field: field, message: message)
    }
}
