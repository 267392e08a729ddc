import ArgumentParser
import Foundation
import SterkStore

/// `sterk werkbezoek ics REF`: an agenda item (iCalendar) for a confirmed visit.
struct IcsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract: "Schrijf een agenda-afspraak (iCalendar, .ics) voor een bevestigd werkbezoek.",
        discussion: "Zonder --uitvoer gaat de afspraak naar standaarduitvoer: sterk werkbezoek ics WB-2026-014 > bezoek.ics")

    @Argument(help: ArgumentHelp("De referentie, bijvoorbeeld WB-2026-014.", valueName: "REF"))
    var reference: String

    @Option(name: [.customShort("o"), .customLong("uitvoer")], help: ArgumentHelp("Schrijf naar dit bestand.", valueName: "BESTAND"))
    var output: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var data: DataOptions

    func run() throws {
        let parsed = try CommandFailure.reporting { () throws(StoreError) in try VisitReference.parse(reference) }
        let opened = try store.openForReading()
        let found = try CommandFailure.reporting { () throws(StoreError) in try opened.visit(parsed) }
        guard let visit = found else { throw CommandFailure.failure(StoreError.visitNotFound(reference).message) }
        let places = try VisitPlaces(data)
        let event = try CommandFailure.reporting { () throws(StoreError) in
            try ICalendarEvent(visit: visit, municipalityName: places.municipalityName(visit.details.municipalityCode),
                               wijkNames: places.wijkNames(visit.details.wijkIDs))
        }
        try OutputFile.write(Data(event.document.utf8), to: output)
    }
}
