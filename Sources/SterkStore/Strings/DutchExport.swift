// Why an export file cannot be read, in Dutch (the detail of `StoreError.invalidArchive`).
// Never Foundation's own English description of a decoding error.

enum DutchExport {
    static func notAnExport(_ detail: String) -> String { "geen JSON-export van sterk (\(detail))" }
    static func unknownFormat(_ format: String) -> String { "onbekend formaat ‘\(format)’" }

    // MARK: A decoding error: what is wrong, at which path
    static let unreadable = "onleesbaar"
    static func missingKey(_ key: String, at path: String) -> String { "veld ‘\(key)’ ontbreekt bij \(path)" }
    static func wrongType(at path: String) -> String { "verkeerd type bij \(path)" }
    static let invalidJSON = "geen geldige JSON"
    static func invalidTime(at path: String) -> String {
        "ongeldige tijd bij \(path) (verwacht UTC als 2026-03-14T09:00:00Z)"
    }
    static func invalidValue(at path: String) -> String { "ongeldige waarde bij \(path)" }
    /// The path of an error in the file's outermost value.
    static let topLevel = "de hoofdstructuur"

    // MARK: A visit in the file; the reference comes first so the user can find it
    static func unknownChangeKind(_ reference: VisitReference, _ kind: String) -> String {
        "\(reference): " + DutchStoreDetail.unknownChangeKind(kind)
    }
    static func unknownStatus(_ reference: String, _ text: String) -> String {
        "\(reference): " + DutchStoreDetail.unknownStatus(text)
    }
}
