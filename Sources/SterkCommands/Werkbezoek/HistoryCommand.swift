import ArgumentParser
import SterkStore

/// `sterk werkbezoek geschiedenis REF`: every change, oldest first.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geschiedenis",
        abstract: DutchHelp.History.abstract)

    @Argument(help: DutchHelp.Visit.referenceOrName)
    var reference: String

    @OptionGroup var store: StoreOptions

    func run() throws {
        let opened = try store.openForReading()
        let parsed = try VisitFinder(store: opened).single(matching: reference).reference
        let entries = try CommandFailure.reporting { () throws(StoreError) in try opened.history(parsed) }
        printLine(DutchWerkbezoekOutcome.changes(parsed, entries.count))
        entries.forEach { printLine(WerkbezoekText.historyLine($0)) }
    }
}
