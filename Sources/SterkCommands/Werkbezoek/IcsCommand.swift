import ArgumentParser
import Foundation
import SterkStore

/// `sterk werkbezoek ics REF`: an agenda item (iCalendar) for a confirmed visit.
struct IcsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract: DutchHelp.Ics.abstract, discussion: DutchHelp.Ics.discussion)

    @Argument(help: DutchHelp.Visit.referenceOrName)
    var reference: String

    @Option(name: [.customShort("o"), .customLong("uitvoer")], help: DutchHelp.Visit.output)
    var output: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var data: DataOptions

    func run() throws {
        let opened = try store.openForReading()
        let visit = try VisitFinder(store: opened).single(matching: reference)
        let places = try VisitPlaces(data)
        let event = try CommandFailure.reporting { () throws(StoreError) in
            try ICalendarEvent(
                visit: visit, municipalityName: places.municipalityName(visit.details.municipalityCode),
                wijkNames: places.wijkNames(visit.details.wijkIDs), stamp: CommandClock.now,
                sequence: try opened.history(visit.reference).count - 1)
        }
        try OutputFile.write(Data(event.document.utf8), to: output)
        if let output {
            printLine(
                DutchWerkbezoekOutcome.icsWritten(visit.reference, to: output, cancellation: event.isCancellation))
        }
    }
}
