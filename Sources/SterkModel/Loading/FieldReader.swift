/// Where a field stands ("focusAreas[3].inhabitants.sources[0]"), kept as links to its
/// parent and spelled out only when a message needs it: a million rows make tens of
/// millions of fields, and almost none of them is ever reported.
final class FieldPath {
    private let parent: FieldPath?
    private let key: String?
    private let position: Int

    init(root: String) { parent = nil; key = root; position = -1 }
    init(_ parent: FieldPath, key: String) { self.parent = parent; self.key = key; position = -1 }
    init(_ parent: FieldPath, position: Int) { self.parent = parent; key = nil; self.position = position }

    var text: String {
        guard let parent else { return key ?? "" }
        let base = parent.text
        if let key { return ObjectReader.join(base, key) }
        return base + "[\(position)]"
    }
}

/// A JSON value at a field path, with typed accessors that report mismatches instead of throwing.
struct Field {
    let node: JSONNode
    let location: FieldPath
    let issues: IssueCollector

    init(node: JSONNode, path: String, issues: IssueCollector) {
        self.init(node: node, location: FieldPath(root: path), issues: issues)
    }

    init(node: JSONNode, location: FieldPath, issues: IssueCollector) {
        self.node = node
        self.location = location
        self.issues = issues
    }

    /// The path as text, e.g. `focusAreas[3].name`.
    var path: String { location.text }

    func report(_ message: String) { issues.report(message, path: path, offset: node.offset) }

    private func mismatch(_ expected: String) {
        report(DutchField.typeMismatch(expected: expected, found: node.typeName))
    }

    var string: String? {
        if case let .string(text) = node.value { return text }
        mismatch(DutchJSON.typeString)
        return nil
    }

    /// A string that must contain something besides white space.
    var nonEmptyString: String? {
        guard let text = string else { return nil }
        // A visible ASCII first letter is not white space: no need to walk the Characters.
        if let first = text.utf8.first, (0x21...0x7E).contains(first) { return text }
        if text.allSatisfy(\.isWhitespace) { report(DutchField.empty); return nil }
        return text
    }

    /// A number within `WholeNumber.limit` either way; a larger one is reported, because
    /// every figure must survive being shown as a whole number (an Int) everywhere.
    var double: Double? {
        guard case let .number(value) = node.value else {
            mismatch(DutchJSON.typeNumber)
            return nil
        }
        guard abs(value) < WholeNumber.limit else {
            report(DutchField.tooLarge(NumberText.plain(value)))
            return nil
        }
        return value
    }

    var int: Int? {
        guard let value = double else { return nil }
        guard value == value.rounded() else {
            report(DutchField.notWhole(NumberText.plain(value))); return nil
        }
        return Int(value)
    }

    var bool: Bool? {
        if case let .bool(value) = node.value { return value }
        mismatch(DutchJSON.typeBool)
        return nil
    }

    var isNull: Bool {
        if case .null = node.value { return true }
        return false
    }

    var date: PartialDate? {
        guard let text = string else { return nil }
        guard let date = PartialDate(iso: text) else {
            report(DutchField.invalidDate(text))
            return nil
        }
        return date
    }

    /// Decodes each element with `decode`; nil elements (already reported) are dropped.
    func array<T>(_ decode: (Field) -> T?) -> [T]? {
        guard case let .array(elements) = node.value else { mismatch(DutchJSON.typeArray); return nil }
        var result: [T] = []
        result.reserveCapacity(elements.count)
        for (position, element) in elements.enumerated() {
            let child = Field(node: element, location: FieldPath(location, position: position), issues: issues)
            if let value = decode(child) { result.append(value) }
        }
        return result
    }

    /// Opens the value as an object; reports and returns nil for any other type.
    /// `keys` is a plain list: objects have a handful of keys, so a scan beats hashing.
    func object(allowing keys: [String]) -> ObjectReader? {
        guard case let .object(members) = node.value else { mismatch(DutchJSON.typeObject); return nil }
        return ObjectReader(field: self, members: members, allowed: keys)
    }
}

/// Reads the keys of one JSON object, reporting missing, duplicate and unknown keys.
///
/// No dictionary per object: members are few, and short keys compare as two machine words.
struct ObjectReader {
    let field: Field
    private let members: [JSONNode.Member]

    init(field: Field, members: [JSONNode.Member], allowed: [String]) {
        self.field = field
        self.members = members
        for (position, member) in members.enumerated() {
            if members[..<position].contains(where: { $0.key == member.key }) {
                field.issues.report(
                    DutchField.duplicateKey, path: ObjectReader.join(field.path, member.key),
                    offset: member.node.offset)
            } else if !allowed.contains(member.key) {
                field.issues.report(
                    DutchField.unknownKey(allowed: allowed.sorted().joined(separator: ", ")),
                    path: ObjectReader.join(field.path, member.key), offset: member.node.offset)
            }
        }
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The last member with this key (a repeated key is reported, and the later one wins).
    private func node(_ key: String) -> JSONNode? {
        members.last { $0.key == key }?.node
    }

    /// The field for `key`, reporting it as missing when absent.
    func required(_ key: String) -> Field? {
        guard let node = node(key) else {
            field.issues.report(
                DutchField.requiredMissing, path: ObjectReader.join(field.path, key), offset: field.node.offset)
            return nil
        }
        return Field(node: node, location: FieldPath(field.location, key: key), issues: field.issues)
    }

    /// The field for `key`, or nil when absent or JSON null.
    func optional(_ key: String) -> Field? {
        guard let node = node(key) else { return nil }
        if case .null = node.value { return nil }
        return Field(node: node, location: FieldPath(field.location, key: key), issues: field.issues)
    }

    func has(_ key: String) -> Bool { node(key) != nil }
}
