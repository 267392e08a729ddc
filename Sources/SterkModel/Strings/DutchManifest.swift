/// Why the importer's manifest (`import.json`) cannot be used.
enum DutchManifest {
    static let textExpected = "tekst verwacht"
    static let textListExpected = "lijst van teksten verwacht"
    static let listExpected = "lijst verwacht"

    static func unknownFormat(_ format: String) -> String {
        "onbekend formaat '\(format)' (toegestaan: kwb, kerncijfers)"
    }

    static func invalidDate(_ text: String) -> String { "ongeldige datum '\(text)'" }
}
