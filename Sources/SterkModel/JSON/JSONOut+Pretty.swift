extension JSONOut {
    /// Pretty-printed with two-space indentation, `"key": value`, and `[]`/`{}` when empty:
    /// the layout of every `--json` output and of the werkbezoek export.
    public func rendered(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent + 1)
        let closePad = String(repeating: "  ", count: indent)
        switch self {
        case .null: return "null"
        case let .bool(value): return value ? "true" : "false"
        case let .number(value): return JSONOut.numberText(value)
        case let .literal(text): return text
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
}
