/// The reference check's Dutch: the noun for what an id names, and the two problems it finds.
enum DutchReference {
    static func noun(_ kind: PendingReferences.Kind) -> String {
        switch kind {
        case .source: "bron"
        case .province: "provincie"
        case .municipality: "gemeente"
        case .focusArea: "focusgebied"
        case .wijk: "wijk"
        case .m50Member: "M50-lid"
        }
    }

    /// "verwijst naar onbekende gemeente 'GM9999'".
    static func unknown(_ kind: PendingReferences.Kind, id: String) -> String {
        "verwijst naar \(inflected("onbekend", kind)) '\(id)'"
    }

    /// "dubbel focusgebied 'zeist' (ook bij focusAreas[0].id)".
    static func duplicate(_ kind: PendingReferences.Kind, id: String, firstAt path: String) -> String {
        "\(inflected("dubbel", kind)) '\(id)' (ook bij \(path))"
    }

    /// Dutch "het"-words take an adjective without -e: "onbekend focusgebied", "dubbele bron".
    private static func inflected(_ adjective: String, _ kind: PendingReferences.Kind) -> String {
        let isNeuter = kind == .focusArea || kind == .m50Member
        return (isNeuter ? adjective : adjective + "e") + " " + noun(kind)
    }
}
