/// References noted while decoding, checked once every id is known.
final class PendingReferences {
    /// What an id names; `DutchReference` has the noun for each.
    enum Kind {
        case source, province, municipality, focusArea, wijk, m50Member
    }

    struct Reference {
        let kind: Kind
        let id: String
        let location: FieldPath
        let offset: Int
        /// Spelled out only for a message.
        var path: String { location.text }
    }

    private(set) var references: [Reference] = []
    private(set) var definitions: [Reference] = []
    /// Ids already defined, per kind: a reference to one of them needs no later check.
    /// Filled before a million streamed rows note their references, so they are not kept.
    private var known: [Kind: Set<String>] = [:]

    /// From now on, references to ids of these kinds that are defined already are not kept.
    func resolveKnown(_ kinds: [Kind]) {
        for kind in kinds { known[kind] = Set(definitions.lazy.filter { $0.kind == kind }.map(\.id)) }
    }

    func note(_ kind: Kind, _ id: String, at field: Field) {
        if known[kind]?.contains(id) == true { return }
        references.append(Reference(kind: kind, id: id, location: field.location, offset: field.node.offset))
    }

    /// Notes where an id is defined, for the duplicate check and to resolve references.
    func define(_ kind: Kind, _ id: String, at field: Field) {
        definitions.append(Reference(kind: kind, id: id, location: field.location, offset: field.node.offset))
    }
}
