/// A strict RFC 8259 JSON parser over UTF-8 bytes that records each value's byte offset.
///
/// Foundation's decoder cannot say where a wrong type stands; the validator needs that.
public struct JSONParser {
    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0
    private static let maxDepth = 512
    /// A top-level key whose array value is skipped, not built (see `parse(_:deferring:)`).
    private var deferredKey: String?
    private var deferredRange: Range<Int>?

    /// Parses a whole document; trailing content other than white space is an error.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        try requireUTF8(bytes)
        var parser = JSONParser(bytes: bytes)
        parser.skipByteOrderMark()
        let node = try parser.parseValue()
        parser.skipWhitespace()
        guard parser.index == bytes.count else {
            throw parser.error(DutchJSON.trailingText)
        }
        return node
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    /// RFC 8259 text is UTF-8: another encoding is refused where it first goes wrong, not read
    /// with U+FFFD in place of its letters (which `String(decoding:)` would do silently).
    static func requireUTF8(_ bytes: [UInt8]) throws(JSONSyntaxError) {
        guard let offset = UTF8Check.firstInvalid(bytes) else { return }
        let hex = String(bytes[offset], radix: 16, uppercase: true)
        throw JSONSyntaxError(message: DutchJSON.invalidUTF8(hex: hex), offset: offset)
    }

    private mutating func skipByteOrderMark() {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    private func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(message: message, offset: index)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
        skipWhitespace()
        guard index < bytes.count else { throw error(DutchJSON.unexpectedEndOfFile) }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): return JSONNode(value: try parseObject(), offset: start)
        case UInt8(ascii: "["): return JSONNode(value: try parseArray(), offset: start)
        case UInt8(ascii: "\""): return JSONNode(value: .string(try parseString()), offset: start)
        case UInt8(ascii: "t"): try expectLiteral("true"); return JSONNode(value: .bool(true), offset: start)
        case UInt8(ascii: "f"): try expectLiteral("false"); return JSONNode(value: .bool(false), offset: start)
        case UInt8(ascii: "n"): try expectLiteral("null"); return JSONNode(value: .null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(value: .number(try parseNumber()), offset: start)
        default:
            throw error(DutchJSON.unexpectedCharacter(Self.printable(bytes[index])))
        }
    }

    private mutating func expectLiteral(_ word: StaticString) throws(JSONSyntaxError) {
        let count = word.utf8CodeUnitCount
        let matches = word.withUTF8Buffer { expected in
            index + count <= bytes.count && bytes[index..<index + count].elementsEqual(expected)
        }
        guard matches else { throw error(DutchJSON.invalidLiteral(expected: word)) }
        index += count
    }

    private mutating func enterNesting() throws(JSONSyntaxError) {
        depth += 1
        guard depth <= Self.maxDepth else { throw error(DutchJSON.tooDeep(maxDepth: Self.maxDepth)) }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONNode.Value {
        try enterNesting()
        defer { depth -= 1 }
        index += 1
        var members: [JSONNode.Member] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error(DutchJSON.expectedKey)
            }
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error(DutchJSON.expectedColon(afterKey: key))
            }
            index += 1
            if depth == 1, key == deferredKey, deferredRange == nil, let placeholder = try skipDeferredArray() {
                members.append(JSONNode.Member(key: key, node: placeholder))
            } else {
                members.append(JSONNode.Member(key: key, node: try parseValue()))
            }
            skipWhitespace()
            guard index < bytes.count else { throw error(DutchJSON.unexpectedEndInObject) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            throw error(DutchJSON.expectedObjectSeparator)
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONNode.Value {
        try enterNesting()
        defer { depth -= 1 }
        index += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
        while true {
            elements.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw error(DutchJSON.unexpectedEndInArray) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
            throw error(DutchJSON.expectedArraySeparator)
        }
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, Self.isDigit(bytes[index]) else { throw error(DutchJSON.invalidNumber) }
        if bytes[index] == UInt8(ascii: "0") { index += 1 } else { skipDigits() }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, Self.isDigit(bytes[index]) else {
                throw error(DutchJSON.digitExpectedAfterPoint)
            }
            skipDigits()
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < bytes.count, Self.isDigit(bytes[index]) else {
                throw error(DutchJSON.exponentExpected)
            }
            skipDigits()
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw error(DutchJSON.invalidNumber(text)) }
        return value
    }

    private mutating func skipDigits() {
        while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1
        let start = index
        // Fast path: no escapes, so the bytes are the string.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: bytes[start..<index], as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw error(DutchJSON.controlCharacter) }
            index += 1
        }
        return try parseEscapedString(prefix: Array(bytes[start..<min(index, bytes.count)]))
    }

    private mutating func parseEscapedString(prefix: [UInt8]) throws(JSONSyntaxError) -> String {
        var buffer = prefix
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { index += 1; return String(decoding: buffer, as: UTF8.self) }
            if byte < 0x20 { throw error(DutchJSON.controlCharacter) }
            if byte != UInt8(ascii: "\\") { buffer.append(byte); index += 1; continue }
            index += 1
            guard index < bytes.count else { break }
            let escaped = bytes[index]
            index += 1
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(escaped)
            case UInt8(ascii: "b"): buffer.append(0x08)
            case UInt8(ascii: "f"): buffer.append(0x0C)
            case UInt8(ascii: "n"): buffer.append(0x0A)
            case UInt8(ascii: "r"): buffer.append(0x0D)
            case UInt8(ascii: "t"): buffer.append(0x09)
            case UInt8(ascii: "u"): buffer.append(contentsOf: try parseUnicodeEscape())
            default: index -= 1; throw error(DutchJSON.invalidEscape(Self.printable(escaped)))
            }
        }
        throw error(DutchJSON.unterminatedString)
    }

    private mutating func parseUnicodeEscape() throws(JSONSyntaxError) -> [UInt8] {
        var scalarValue = try parseHex4()
        if (0xD800...0xDBFF).contains(scalarValue) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            else {
                throw error(DutchJSON.unpairedSurrogate)
            }
            index += 2
            let low = try parseHex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw error(DutchJSON.invalidSurrogate) }
            scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(scalarValue) else { throw error(DutchJSON.invalidScalar) }
        return Array(String(Character(scalar)).utf8)
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error(DutchJSON.incompleteEscape) }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            guard let digit = Self.hexValue(byte) else { throw error(DutchJSON.invalidUnicodeEscape) }
            value = value << 4 | digit
        }
        index += 4
        return value
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }

    private static func printable(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte) ? String(UnicodeScalar(byte)) : "0x" + String(byte, radix: 16)
    }
}

/// Streaming the big array: the document is parsed without it, then its elements one by one,
/// so a million focus areas never exist as one tree.
extension JSONParser {
    /// Parses a document but skips the array under top-level `key`, leaving an empty array
    /// (at the same offset) in its place; returns the skipped array's byte range.
    public static func parse(_ bytes: [UInt8], deferring key: String) throws(JSONSyntaxError) -> (JSONNode, Range<Int>?)
    {
        try requireUTF8(bytes)
        var parser = JSONParser(bytes: bytes)
        parser.deferredKey = key
        parser.skipByteOrderMark()
        do throws(JSONSyntaxError) {
            let node = try parser.parseValue()
            parser.skipWhitespace()
            guard parser.index == bytes.count else { throw parser.error(DutchJSON.trailingText) }
            return (node, parser.deferredRange)
        } catch {
            // The whole-tree parser reports the first error in the file; so must this one.
            if let range = parser.deferredRange, range.lowerBound < error.offset {
                try forEachElement(of: bytes, arrayAt: range.lowerBound) { _, _ in }
            }
            throw error
        }
    }

    /// Parses the array that starts at `start` element by element, handing each to `body`.
    public static func forEachElement(
        of bytes: [UInt8], arrayAt start: Int,
        _ body: (Int, JSONNode) -> Void
    ) throws(JSONSyntaxError) {
        var parser = JSONParser(bytes: bytes)
        parser.index = start
        parser.depth = 1
        try parser.enterNesting()
        parser.index += 1
        parser.skipWhitespace()
        if parser.index < bytes.count, bytes[parser.index] == UInt8(ascii: "]") { return }
        var position = 0
        while true {
            body(position, try parser.parseValue())
            position += 1
            parser.skipWhitespace()
            guard parser.index < bytes.count else { throw parser.error(DutchJSON.unexpectedEndInArray) }
            if bytes[parser.index] == UInt8(ascii: ",") { parser.index += 1; continue }
            if bytes[parser.index] == UInt8(ascii: "]") { return }
            throw parser.error(DutchJSON.expectedArraySeparator)
        }
    }

    /// Skips an array by brackets and strings only; its syntax is checked when it is streamed.
    /// Returns nil (nothing skipped) when the value is not an array.
    private mutating func skipDeferredArray() throws(JSONSyntaxError) -> JSONNode? {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return nil }
        let start = index
        var nesting = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
            case UInt8(ascii: "["), UInt8(ascii: "{"): nesting += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                nesting -= 1
                if nesting == 0 {
                    index += 1
                    deferredRange = start..<index
                    return JSONNode(value: .array([]), offset: start)
                }
            default: break
            }
            index += 1
        }
        // Unbalanced: let the streaming parse name the real error.
        deferredRange = start..<bytes.count
        throw error(DutchJSON.unexpectedEndInArray)
    }
}
