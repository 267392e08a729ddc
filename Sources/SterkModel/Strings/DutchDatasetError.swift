/// How a dataset that failed to load is reported: its name, the count line and the tail.
enum DutchDatasetError {
    /// The file name used in messages about the bundled dataset.
    static let bundledName = "dataset.json (meegeleverd)"

    /// "dataset.json: ongeldige dataset, 3 problemen:".
    static func invalid(file: String, count: Int) -> String {
        "\(file): ongeldige dataset, \(DutchFormat.integer(count)) \(problems(count)):"
    }

    /// The line after a shortened list: "… en nog 12 problemen (…)".
    static func more(_ rest: Int) -> String {
        "… en nog \(DutchFormat.integer(rest)) \(problems(rest)) (sterk valideer --alle toont ze allemaal)"
    }

    private static func problems(_ count: Int) -> String { count == 1 ? "probleem" : "problemen" }
}
