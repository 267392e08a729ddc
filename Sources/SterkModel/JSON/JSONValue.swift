/// A parsed JSON value that remembers where in the file it stood, so errors can name a line.
public struct JSONNode: Sendable {
    /// The value itself. Not `indirect`: the arrays already keep children on the heap, and
    /// boxing cost an allocation (and a release) for every number and string of a dataset.
    public enum Value: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONNode])
        case object([Member])
    }

    /// One key of an object, in file order.
    public struct Member: Sendable {
        public let key: String
        public let node: JSONNode
    }

    public let value: Value
    /// Byte offset of the value's first character in the file.
    public let offset: Int

    /// The JSON type name in Dutch, for "verwacht tekst, gevonden getal" messages.
    public var typeName: String {
        switch value {
        case .null: return DutchJSON.typeNull
        case .bool: return DutchJSON.typeBool
        case .number: return DutchJSON.typeNumber
        case .string: return DutchJSON.typeString
        case .array: return DutchJSON.typeArray
        case .object: return DutchJSON.typeObject
        }
    }
}

/// A line and column (both 1-based) in a text file.
public struct TextPosition: Sendable, Hashable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public var description: String { "\(line):\(column)" }

    /// Computes the position of a byte offset by counting newlines; used only for errors.
    public static func of(offset: Int, in bytes: [UInt8]) -> TextPosition {
        var line = 1
        var lineStart = 0
        let end = min(offset, bytes.count)
        var index = 0
        while index < end {
            if bytes[index] == 0x0A { line += 1; lineStart = index + 1 }
            index += 1
        }
        let column = String(decoding: bytes[lineStart..<end], as: UTF8.self).unicodeScalars.count + 1
        return TextPosition(line: line, column: column)
    }
}

/// A syntax error: the file is not JSON at all.
public struct JSONSyntaxError: Error, Sendable {
    public let message: String
    public let offset: Int
}
