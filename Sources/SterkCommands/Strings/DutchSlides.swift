// What `sterk presenteer` says on the command line (the slides' own words are SterkUI's
// DutchPresentation), in one file for review.

/// The refusals of `presenteer`'s options and the outcomes of `--export` and `--controleer`.
enum DutchSlides {
    static let startTooLow = "--start moet 1 of hoger zijn (de eerste dia is 1)."

    static func startTooHigh(_ start: Int, count: Int) -> String {
        "--start \(start): er zijn maar \(count) dia's."
    }

    static func badDuration(_ text: String) -> String {
        "--auto ‘\(text)’ begrijp ik niet: geef een duur als 20s, 1m of 1m30s (tussen 1 seconde en 1 uur)."
    }

    static func exportFailed(_ reason: String) -> String { "Kan de dia's niet schrijven: \(reason)" }

    /// "15 dia's geschreven naar dias (100x30)."
    static func exported(_ count: Int, to folder: String, width: Int, height: Int) -> String {
        "\(count) dia's geschreven naar \(folder) (\(width)x\(height))."
    }

    static func someDoNotFit(width: Int, height: Int) -> String {
        "Niet alle dia's passen op \(width)x\(height):"
    }

    /// "dia 2 (probleem, ‘Het NPLV’): " before the slide's problems.
    static func slide(_ number: Int, id: String, title: String) -> String {
        "dia \(number) (\(id), ‘\(title)’): "
    }

    static func allFit(_ count: Int, width: Int, height: Int) -> String {
        "Alle \(count) dia's passen op \(width)x\(height)."
    }
}
