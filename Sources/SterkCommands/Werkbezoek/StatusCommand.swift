import ArgumentParser
import SterkStore

/// `sterk werkbezoek status REF-of-NAAM`: where a visit stands, for the contact who asks.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: DutchHelp.Status.abstract, discussion: DutchHelp.Status.discussion)

    /// How many full blocks to print before switching to one line per visit.
    static let fullBlockLimit = 3

    @Argument(help: DutchHelp.Status.query)
    var query: String

    @OptionGroup var store: StoreOptions
    @OptionGroup var data: DataOptions

    func run() throws {
        let opened = try store.openForReading()
        let matches = try VisitFinder(store: opened).visits(matching: query)
        let places = try VisitPlaces(data)
        guard matches.count <= Self.fullBlockLimit else {
            printLine(DutchWerkbezoekOutcome.manyFound(matches.count, query))
            matches.forEach { printLine(WerkbezoekText.shortLine($0, places: places)) }
            return
        }
        let last = try CommandFailure.reporting { () throws(StoreError) in
            try opened.lastChanges(matches.map(\.reference))
        }
        let blocks = matches.map { WerkbezoekText.statusBlock($0, last: last[$0.reference], places: places) }
        printLines(Array(blocks.joined(separator: [""])))
    }
}
