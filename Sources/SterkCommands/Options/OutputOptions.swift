import ArgumentParser

/// `--json` / `--csv`: machine-readable output instead of a table.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Uitvoer als JSON (vaste, gedocumenteerde vorm; zie docs/cli-json.md).")
    var json = false

    @Flag(name: .long, help: "Uitvoer als CSV (komma's, één kopregel).")
    var csv = false

    func validate() throws {
        if json && csv { throw ValidationError("Kies --json of --csv, niet allebei.") }
    }
}
