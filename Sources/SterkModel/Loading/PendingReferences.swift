/// References noted while decoding, checked once every id is known.
final class PendingReferences {
    enum Kind: String {
        case source = "bron"
        case province = "provincie"
        case municipality = "gemeente"
        case focusArea = "focusgebied"
        case wijk = "wijk"
        case m50Member = "M50-lid"

        /// Dutch "het"-words take an adjective without -e: "onbekend focusgebied".
        var isNeuter: Bool { self == .focusArea || self == .m50Member }

        /// "onbekende gemeente", "onbekend focusgebied", "dubbele bron", "dubbel M50-lid".
        func with(adjective: String) -> String {
            (isNeuter ? adjective : adjective + "e") + " " + rawValue
        }
    }

    struct Reference {
        let kind: Kind
        let id: String
        let path: String
        let offset: Int
    }

    private(set) var references: [Reference] = []
    private(set) var definitions: [Reference] = []

    func note(_ kind: Kind, _ id: String, at field: Field) {
        references.append(Reference(kind: kind, id: id, path: field.path, offset: field.node.offset))
    }

    /// Notes where an id is defined, for the duplicate check and to resolve references.
    func define(_ kind: Kind, _ id: String, at field: Field) {
        definitions.append(Reference(kind: kind, id: id, path: field.path, offset: field.node.offset))
    }
}
