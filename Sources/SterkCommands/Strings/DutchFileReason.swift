// Why a file or folder named on the command line was not written, in one file for review.
// The caller puts the path in front (see DutchOutput.fileFailed); the system's own reasons
// are DutchSystemError's.

/// Reasons `TargetFile`, `AtomicFile` and the slide export refuse or fail.
enum DutchFileReason {
    /// A new file named with bytes that are not UTF-8 (see RawArguments).
    static let repairedName =
        "de naam bevat bytes die geen UTF-8 zijn; een nieuw bestand met die naam kan sterk niet"
        + " aanmaken (een bestaand wel): kies een naam in UTF-8"
    static let danglingLink = "een symbolische koppeling naar iets dat niet bestaat"
    static let isFolder = "is een map"
    static let notRegularFile = "is geen gewoon bestand (blokapparaat of socket)"

    /// `dataset genereer --uit` naming a folder, device or link.
    static let existsNotRegular = "bestaat al en is geen gewoon bestand; niet overschreven"
    static let cannotWriteInFolder = "kan niet schrijven in de map"
    static let cannotReplace = "kan het bestand niet vervangen"

    /// `presenteer --export` naming something that is not a folder.
    static func notAFolder(_ folder: String) -> String { "\(folder) is geen map" }

    static func folderNotMade(_ folder: String, _ reason: String) -> String {
        "\(folder): de map kan niet worden gemaakt (\(reason))"
    }
}
