import Foundation

/// Why a file the program reads could not be read; shared by the dataset, map and import readers.
enum DutchFile {
    static let missing = "bestand bestaat niet"
    static let isDirectory = "dit is een map, geen bestand"
    static let unreadable = "geen leesrechten of leesfout"

    /// "kan het bestand niet lezen: bestand bestaat niet".
    static func cannotRead(_ reason: String) -> String { "kan het bestand niet lezen: \(reason)" }

    /// The program was copied without its resource folders (see `ModuleResources`).
    static func resourcesMissing(module: String, directory: URL) -> String {
        "geen map sterk_\(module).resources naast het programma in \(directory.path) "
            + "(kopieer de *.resources-mappen mee met het programma)"
    }
}
