extension JSONOut {
    /// The canonical layout, so a generated dataset is the same bytes every time: two-space
    /// indentation, keys in the order given, a container on one line when that line stays
    /// within `canonicalInlineWidth` bytes, UTF-8 as is (but escaped as `quoted` escapes),
    /// numbers as `numberText` writes them. The document ends in a newline.
    public func canonical() -> [UInt8] {
        var out: [UInt8] = []
        JSONOut.write(self, indent: 0, into: &out)
        out.append(0x0A)
        return out
    }

    static let canonicalInlineWidth = 100

    private static func write(_ value: JSONOut, indent: Int, into out: inout [UInt8]) {
        switch value {
        case .array(let items) where !items.isEmpty:
            if let line = inline(value, budget: canonicalInlineWidth - indent) { out.append(contentsOf: line); return }
            out.append(UInt8(ascii: "["))
            for (position, item) in items.enumerated() {
                newline(indent + 2, &out)
                write(item, indent: indent + 2, into: &out)
                if position < items.count - 1 { out.append(UInt8(ascii: ",")) }
            }
            newline(indent, &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members) where !members.isEmpty:
            if let line = inline(value, budget: canonicalInlineWidth - indent) { out.append(contentsOf: line); return }
            out.append(UInt8(ascii: "{"))
            for (position, member) in members.enumerated() {
                newline(indent + 2, &out)
                string(member.0, &out)
                out.append(contentsOf: ": ".utf8)
                write(member.1, indent: indent + 2, into: &out)
                if position < members.count - 1 { out.append(UInt8(ascii: ",")) }
            }
            newline(indent, &out)
            out.append(UInt8(ascii: "}"))
        default:
            out.append(contentsOf: inline(value, budget: Int.max) ?? [])
        }
    }

    private static func newline(_ indent: Int, _ out: inout [UInt8]) {
        out.append(0x0A)
        out.append(contentsOf: [UInt8](repeating: 0x20, count: indent))
    }

    /// The one-line form, or nil when it would be longer than `budget` bytes.
    private static func inline(_ value: JSONOut, budget: Int) -> [UInt8]? {
        var out: [UInt8] = []
        return appendInline(value, &out, budget) ? out : nil
    }

    private static func appendInline(_ value: JSONOut, _ out: inout [UInt8], _ budget: Int) -> Bool {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number): out.append(contentsOf: numberText(number).utf8)
        case .literal(let text): out.append(contentsOf: text.utf8)
        case .string(let text): string(text, &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (position, item) in items.enumerated() {
                if position > 0 { out.append(contentsOf: ", ".utf8) }
                guard appendInline(item, &out, budget), out.count <= budget else { return false }
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (position, member) in members.enumerated() {
                if position > 0 { out.append(contentsOf: ", ".utf8) }
                string(member.0, &out)
                out.append(contentsOf: ": ".utf8)
                guard appendInline(member.1, &out, budget), out.count <= budget else { return false }
            }
            out.append(UInt8(ascii: "}"))
        }
        return out.count <= budget
    }

    private static func string(_ text: String, _ out: inout [UInt8]) {
        out.append(contentsOf: quoted(text).utf8)
    }
}

extension JSONOut {
    /// Converts a parsed node (the curated input) keeping key order.
    init(_ node: JSONNode) {
        switch node.value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let number): self = .number(number)
        case .string(let text): self = .string(text)
        case .array(let items): self = .array(items.map(JSONOut.init))
        case .object(let members): self = .object(members.map { ($0.key, JSONOut($0.node)) })
        }
    }

    /// The value of a key in an object.
    subscript(key: String) -> JSONOut? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.0 == key }?.1
    }

    /// Sets (or appends) a key in an object; no effect on other values.
    mutating func set(_ key: String, _ value: JSONOut) {
        guard case .object(var members) = self else { return }
        if let index = members.firstIndex(where: { $0.0 == key }) {
            members[index].1 = value
        } else {
            members.append((key, value))
        }
        self = .object(members)
    }

    var text: String? { if case .string(let text) = self { return text }; return nil }
    var items: [JSONOut]? { if case .array(let items) = self { return items }; return nil }
}
