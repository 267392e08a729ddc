// The Dutch wording of output and file-writing failures, in one file for review.

/// Messages about writing results: to standard output, or to a file named with `-o`.
enum DutchOutput {
    /// A new store file named with bytes that are not UTF-8.
    static func repairedNewStore(_ path: String) -> String {
        "Kan \(path) niet aanmaken: de naam bevat bytes die geen UTF-8 zijn, en een nieuw bestand zou een"
            + " andere naam krijgen (een bestaande store met zo'n naam opent wel). Kies een naam in UTF-8; er is niets gewijzigd."
    }

    /// A postgres:// store in a program without the client (sterk-postgres not found beside it).
    static let noPostgresClient =
        "deze sterk heeft geen PostgreSQL-client en vond sterk-postgres niet naast zich"
        + " (bouw het met: swift build --product sterk-postgres)"

    /// Standard output could not be written (full disk, closed terminal …).
    static func outputFailed(_ reason: String) -> String {
        "sterk: kan de uitvoer niet schrijven: \(reason)"
    }

    /// A file named with `-o`/`--export` could not be written; the old file is untouched.
    static func fileFailed(_ path: String, _ reason: String) -> String {
        "Kan \(path) niet schrijven: \(reason)"
    }

    /// A file could not be read.
    static func readFailed(_ path: String, _ reason: String) -> String {
        "Kan \(path) niet lezen: \(reason)"
    }
}
