import ArgumentParser

/// `--json` / `--csv`: machine-readable output instead of a table.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: DutchHelp.listJSON)
    var json = false

    @Flag(name: .long, help: DutchHelp.listCSV)
    var csv = false

    func validate() throws {
        if json && csv { throw ValidationError(DutchListing.jsonOrCSV) }
    }
}
