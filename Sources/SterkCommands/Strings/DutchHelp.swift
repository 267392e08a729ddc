import ArgumentParser

// The Dutch help of the command line (abstracts, discussions, option help), in one place for
// review. One nested enum per command, in the files named DutchHelp+….swift; each option's
// help carries its value name, so everything `--help` prints in Dutch is found here.

/// `sterk --help`, and the option help several commands share.
enum DutchHelp {
    static let abstract = "Sterk voor onze wijken — dashboard en opdrachten voor de M50."
    static let discussion = "Zonder opdracht opent het dashboard in de terminal."

    /// `--data` (every command that reads the dataset).
    static let data = ArgumentHelp("Gebruik deze dataset in plaats van de meegeleverde.", valueName: "BESTAND")
    /// `--json` of `toon` and `cijfers`.
    static let json: ArgumentHelp = "Uitvoer als JSON."
    /// `--json` of the listings.
    static let listJSON: ArgumentHelp = "Uitvoer als JSON (vaste, gedocumenteerde vorm; zie docs/cli-json.md)."
    /// `--csv` of the listings.
    static let listCSV: ArgumentHelp = "Uitvoer als CSV (komma's, één kopregel)."
    /// `--ascii` of the full-screen commands that explain it no further.
    static let ascii: ArgumentHelp = "Alleen ASCII-tekens."
    /// `--no-mouse` of the full-screen commands that explain it no further.
    static let noMouse: ArgumentHelp = "Geen muis."
}
