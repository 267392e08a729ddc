/// Names a form field, so validation messages and hints can find it.
enum FieldID: Hashable, Sendable {
    case visitorName(Int), visitorRole(Int), visitorOrganisation(Int), visitorEmail(Int), visitorPhone(Int)
    case municipality, wijken, proposed
    case programmeTime(Int), programmePlace(Int), programmeWhat(Int), programmeWho(Int)
    case hostName, hostEmail, hostPhone, notes
    case newStatus, reason, confirmed
}

/// One field of a form: a line of text, or a choice between a few options.
struct FormField: Sendable {
    /// What the field holds.
    enum Kind: Sendable, Equatable {
        case text(TextInput)
        /// Options with the role each is drawn in, and the chosen one.
        case choice(options: [String], roles: [ThemeRole], selected: Int)
    }

    let id: FieldID
    /// A heading drawn above this field (the first field of a group).
    let section: String?
    let label: String
    var kind: Kind
    /// A fixed hint beside the field (an example, "optioneel"); a message replaces it.
    let hint: String?

    init(_ id: FieldID, _ label: String, text: String = "", section: String? = nil, hint: String? = nil) {
        self.id = id
        self.label = label
        self.section = section
        self.hint = hint
        kind = .text(TextInput(text))
    }

    init(
        _ id: FieldID, _ label: String, options: [String], roles: [ThemeRole], section: String? = nil,
        hint: String? = nil
    ) {
        self.id = id
        self.label = label
        self.section = section
        self.hint = hint
        kind = .choice(options: options, roles: roles, selected: 0)
    }

    /// The typed text, or the chosen option.
    var value: String {
        switch kind {
        case let .text(input): return input.text
        case let .choice(options, _, selected): return options[safe: selected] ?? ""
        }
    }

    /// The chosen option's position (0 for text fields).
    var selectedIndex: Int {
        if case let .choice(_, _, selected) = kind { return selected }
        return 0
    }
}
