/// The one JSON writer: a value to print, with object keys kept in the order they were
/// written. Every JSON the program writes — `--json`, the werkbezoek export, the generated
/// dataset — is built as a `JSONOut` and printed by one of its two layouts: `rendered()`
/// (pretty, as `--json` prints it) or `canonical()` (the generated dataset's fixed layout).
/// Both quote strings with `quoted`, so the escaping rules live in one place.
public indirect enum JSONOut: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    /// A number written exactly as given (figures copied from a source file).
    case literal(String)
    case string(String)
    case array([JSONOut])
    case object([(String, JSONOut)])

    public static func == (lhs: JSONOut, rhs: JSONOut) -> Bool { lhs.rendered() == rhs.rendered() }

    /// A string, or null when absent.
    public static func optional(_ text: String?) -> JSONOut { text.map(JSONOut.string) ?? .null }

    /// A number, or null when absent.
    public static func optional(_ value: Double?) -> JSONOut { value.map(JSONOut.number) ?? .null }

    /// Whole numbers without ".0", others in Swift's shortest round-trip form; NaN and the
    /// infinities, which JSON cannot write, as null.
    public static func numberText(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        return value == value.rounded() ? WholeNumber.of(value).map { String($0) } ?? String(value) : String(value)
    }

    /// A JSON string literal: quotes, backslashes and controls escaped, and so is every
    /// scalar that JSON allows raw but that must not reach a reader raw (`needsEscape`).
    public static func quoted(_ text: String) -> String {
        if text.utf8.allSatisfy({ (0x20...0x7E).contains($0) && $0 != 0x22 && $0 != 0x5C }) { return "\"\(text)\"" }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if needsEscape(scalar) {
                    result += escape(scalar)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// True for a scalar written as `\uXXXX`: C0 and C1 controls, DEL, bidi overrides and
    /// isolates (they reorder what a reader sees) and the line/paragraph separators
    /// U+2028/2029 (line breaks to JavaScript and some editors).
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value) || value == 0x2028 || value == 0x2029
    }

    /// `\u0085`: the escape for one scalar of the Basic Multilingual Plane.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
