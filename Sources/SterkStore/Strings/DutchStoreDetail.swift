import Foundation

// The Dutch details inside a store message ("Kan … niet openen: het is een map."): why a file
// cannot be used and what is wrong with a stored value. The sentences around them are in
// DutchStoreError.swift.

enum DutchStoreDetail {
    // MARK: The file
    static let notARegularFile = "het is geen gewoon bestand (een pijp, apparaat of socket)"
    static let isADirectory = "het is een map"
    static let outOfMemory = "geen geheugen"

    /// A Dutch explanation of an errno value; the C library's (English) text for the rare rest.
    static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "geen toegang (bestandsrechten)"
        case EROFS: "het bestandssysteem is alleen-lezen"
        case ENOENT: "de map bestaat niet"
        case ENOTDIR: "een deel van het pad is geen map"
        case ENOSPC: "de schijf is vol"
        case EISDIR: isADirectory
        default: String(cString: strerror(code))
        }
    }

    // MARK: The database
    static let nestedWriteTransaction = "geneste schrijftransactie"
    static func walUnavailable(_ mode: String) -> String { "WAL-modus niet beschikbaar (\(mode))" }

    // MARK: A stored or exported value
    static func invalidReference(_ text: String) -> String { "ongeldige referentie ‘\(text)’" }
    static func unknownStatus(_ text: String) -> String { "onbekende status ‘\(text)’" }
    static func unknownChangeKind(_ text: String) -> String { "onbekend soort wijziging ‘\(text)’" }
}
