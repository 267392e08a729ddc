import SterkModel

/// A form being filled in: its fields, which one has focus, and what is wrong where.
///
/// Knows nothing about werkbezoeken; `VisitDialog` decides what the fields mean.
struct FormState: Sendable {
    let title: String
    /// Lines shown above the fields (e.g. the current status), not editable.
    var intro: [String] = []
    var fields: [FormField]
    var focus = 0
    /// Validation messages beside the fields; shown in place of the hints.
    var messages: [FieldID: String] = [:]
    /// Hints that change while typing (the municipality match).
    var liveHints: [FieldID: String] = [:]
    /// The store's message after a failed save; the input stays.
    var error: String?
    /// Esc was pressed with something typed: the next Esc throws the input away.
    var confirmingCancel = false
    /// A save was tried: from then on every edit re-validates at once.
    var validated = false
    private let initialValues: [String]

    init(title: String, fields: [FormField]) {
        self.title = title
        self.fields = fields
        initialValues = fields.map(\.value)
    }

    /// True when anything differs from how the form opened.
    var isDirty: Bool { fields.map(\.value) != initialValues }

    var focusedField: FormField? { fields[safe: focus] }

    func value(_ id: FieldID) -> String { fields.first { $0.id == id }?.value ?? "" }

    func field(_ id: FieldID) -> FormField? { fields.first { $0.id == id } }

    func index(of id: FieldID) -> Int? { fields.firstIndex { $0.id == id } }

    mutating func moveFocus(by step: Int) {
        guard !fields.isEmpty else { return }
        focus = max(0, min(fields.count - 1, focus + step))
    }

    /// Puts the focus on the first field that has a message.
    mutating func focusFirstMessage() {
        if let first = fields.firstIndex(where: { messages[$0.id] != nil }) { focus = first }
    }

    /// Applies an edit to the focused text field, or a step to the focused choice.
    mutating func edit(_ change: (inout TextInput) -> Void, choiceStep: Int = 0) {
        guard var field = fields[safe: focus] else { return }
        switch field.kind {
        case var .text(input):
            change(&input)
            field.kind = .text(input)
        case let .choice(options, roles, selected):
            guard choiceStep != 0, !options.isEmpty else { return }
            field.kind = .choice(
                options: options, roles: roles,
                selected: (selected + choiceStep + options.count) % options.count)
        }
        fields[focus] = field
    }

    /// Types a character: into a text field, or on a choice picks the next option starting with it.
    mutating func type(_ character: Character) {
        guard let field = fields[safe: focus] else { return }
        if case let .choice(options, roles, selected) = field.kind {
            let key = SearchFold.fold(String(character))
            let order = options.indices.map { (selected + 1 + $0) % options.count }
            if let next = order.first(where: { SearchFold.fold(options[$0]).hasPrefix(key) }) {
                fields[focus].kind = .choice(options: options, roles: roles, selected: next)
            }
            return
        }
        edit { $0.insert(character) }
    }

    /// Inserts fields after the last field whose id satisfies `after` (adding a visitor, a programme row).
    mutating func insert(_ new: [FormField], after: (FieldID) -> Bool) {
        let position = (fields.lastIndex { after($0.id) } ?? fields.count - 1) + 1
        fields.insert(contentsOf: new, at: position)
        focus = position
    }
}
