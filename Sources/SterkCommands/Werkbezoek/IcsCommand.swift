import ArgumentParser
import Foundation
import SterkStore

/// `sterk werkbezoek ics REF`: an agenda item (iCalendar) for a confirmed visit.
struct IcsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract:
            "Schrijf een agenda-afspraak (iCalendar, .ics) voor een bevestigd werkbezoek, of de annulering ervan.",
        discussion:
            "Zonder --uitvoer gaat de afspraak naar standaarduitvoer: sterk werkbezoek ics WB-2026-001 > bezoek.ics. Voor een uitgesteld of geannuleerd bezoek komt er een annulering (zelfde UID, hoger SEQUENCE), zodat agenda's die het bezoek hebben het bijwerken."
    )

    @Argument(help: ArgumentHelp("De referentie (WB-2026-001) of de naam van een bezoeker.", valueName: "REF-of-NAAM"))
    var reference: String

    @Option(
        name: [.customShort("o"), .customLong("uitvoer")],
        help: ArgumentHelp("Schrijf naar dit bestand.", valueName: "BESTAND"))
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
            let what = event.isCancellation ? "Annulering van de agenda-afspraak" : "Agenda-afspraak"
            printLine("\(what) voor \(visit.reference) geschreven naar \(output).")
        }
    }
}
