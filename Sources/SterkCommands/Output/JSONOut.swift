import SterkModel

/// A JSON value to print, with object keys kept in the order they were written.
enum JSONOut: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONOut])
    case object([(String, JSONOut)])

    static func == (lhs: JSONOut, rhs: JSONOut) -> Bool { lhs.rendered() == rhs.rendered() }

    /// A string, or null when absent.
    static func optional(_ text: String?) -> JSONOut { text.map(JSONOut.string) ?? .null }

    /// A number, or null when absent.
    static func optional(_ value: Double?) -> JSONOut { value.map(JSONOut.number) ?? .null }

    /// Pretty-printed with two-space indentation, as `--json` prints it.
    func rendered(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent + 1)
        let closePad = String(repeating: "  ", count: indent)
        switch self {
        case .null: return "null"
        case let .bool(value): return value ? "true" : "false"
        case let .number(value): return JSONOut.numberText(value)
        case let .string(text): return JSONOut.quoted(text)
        case let .array(items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { pad + $0.rendered(indent: indent + 1) }.joined(separator: ",\n")
                + "\n\(closePad)]"
        case let .object(members):
            if members.isEmpty { return "{}" }
            let lines = members.map { pad + JSONOut.quoted($0.0) + ": " + $0.1.rendered(indent: indent + 1) }
            return "{\n" + lines.joined(separator: ",\n") + "\n\(closePad)}"
        }
    }

    static func numberText(_ value: Double) -> String {
        value == value.rounded() ? WholeNumber.of(value).map { String($0) } ?? String(value) : String(value)
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if JSONEscaping.needsEscape(scalar) {
                    result += JSONEscaping.escape(scalar)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
