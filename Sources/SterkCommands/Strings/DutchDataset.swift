// What `sterk dataset genereer` and `sterk valideer` report about a dataset file, in one file
// for review (the dataset's own problems are SterkModel's).

/// The outcomes of generating and validating a dataset file; `file` and `folder` are paths.
enum DutchDataset {
    static func differs(_ file: String, from folder: String) -> String {
        "\(file): wijkt af van wat \(folder) oplevert; draai sterk dataset genereer"
    }

    static func same(_ file: String, as folder: String) -> String {
        "\(file): gelijk aan wat \(folder) oplevert"
    }

    static func written(_ file: String, bytes: Int) -> String {
        "\(file): geschreven (\(bytes) bytes)"
    }

    /// "dataset.json: geldig — schemaversie 1, 81 bronnen, …"
    static func valid(_ file: String, summary: String) -> String {
        "\(file): geldig — \(summary)"
    }

    static func summary(
        schemaVersion: Int, sources: Int, focusAreas: Int, municipalities: Int, members: Int, wijken: Int
    ) -> String {
        "schemaversie \(schemaVersion), \(sources) bronnen, \(focusAreas) focusgebieden, "
            + "\(municipalities) gemeenten, \(members) M50-leden, \(wijken) wijken."
    }
}
