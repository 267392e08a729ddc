// The Dutch of the hidden `sterk _demo` terminal test program, in one file for review.

/// The title, list box, status line and key hints of `DemoProgram`.
enum DutchDemo {
    static let title = " Sterk voor onze wijken — terminaldemo"
    static let listTitle = "Wijken"

    static func tooSmall(width: Int, height: Int, minimumWidth: Int, minimumHeight: Int) -> String {
        "Terminal te klein: \(width)×\(height), nodig \(minimumWidth)×\(minimumHeight)"
    }

    /// "Laatste toets: q · rij 3/50 · tikken: 7"
    static func status(lastKey: String, row: Int, rows: Int, ticks: Int) -> String {
        "Laatste toets: \(lastKey) · rij \(row)/\(rows) · tikken: \(ticks)"
    }

    static func keys(arrows: String) -> String {
        "\(arrows) kiezen  PgUp/PgDn bladeren  c kopiëren  b bel  q stoppen"
    }

    /// The message of the crash `--test-crash` asks for (the terminal-restore test reads it).
    static let requestedCrash = "sterk _demo: gevraagde testcrash"
}
