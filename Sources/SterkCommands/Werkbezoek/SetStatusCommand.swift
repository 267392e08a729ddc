import ArgumentParser
import SterkStore

/// `sterk werkbezoek zet REF STATUS`: move a visit through its lifecycle.
struct SetStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zet",
        abstract: "Zet een werkbezoek op een andere status.",
        discussion: """
            Statussen: aangevraagd → in voorbereiding → bevestigd → afgerond; uitgesteld en \
            geannuleerd vragen om --reden. Bevestigen vraagt om een bevestigde datum (--datum), \
            tenzij die al is vastgelegd. Voorbeeld:
              sterk werkbezoek zet WB-2026-001 bevestigd --datum "2027-03-12 10:00-14:00"
            """)

    @Argument(help: ArgumentHelp("De referentie, bijvoorbeeld WB-2026-001.", valueName: "REF"))
    var reference: String

    @Argument(help: ArgumentHelp("De nieuwe status (in-voorbereiding mag ook).", valueName: "STATUS"))
    var status: String

    @Option(
        name: [.customLong("reden"), .customLong("notitie")],
        help: ArgumentHelp("Reden of toelichting; verplicht bij uitgesteld en geannuleerd.", valueName: "TEKST"))
    var note: String = ""

    @Option(
        name: .customLong("datum"),
        help: ArgumentHelp(
            "Bevestigde datum en tijd (Nederlandse tijd), bv. \"12-03-2027 10:00-14:00\" (ook 2027-03-12 …).",
            valueName: "DATUM"))
    var confirmed: String?

    @Flag(
        name: .customLong("toch"),
        help: "Toch doen: een bevestigde datum in het verleden, of afgerond vóór de datum (bezoek achteraf vastleggen)."
    )
    var anyway = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var actor: ActorOptions

    func run() throws {
        try ReadOnlyGuard.check()
        let now = CommandClock.now
        let (target, newDate) = try CommandFailure.reporting { () throws(StoreError) in
            (
                try VisitStatus(userText: status),
                try confirmed.map { text throws(StoreError) in try TimeSlot(parsing: text) }
            )
        }
        let opened = try store.openForWriting()
        // Only a reference: changing a status by a name match could hit the wrong visit.
        let visit = try VisitFinder(store: opened).visitByReference(reference)
        if let problem = DateRules.statusChange(visit, to: target, newDate: newDate, now: now) {
            guard anyway else { throw CommandFailure.failure(problem.refusal + ".") }
            CommandFailure.printError(problem.warning)
        }
        let request = StatusChangeRequest(
            reference: visit.reference, target: target, note: note, actor: actor.name,
            at: now, confirmed: newDate)
        let entry = try CommandFailure.reporting { () throws(StoreError) in try opened.changeStatus(request) }
        printLine(
            "\(entry.reference): \(entry.from?.rawValue ?? "—") → \(entry.to).", note: "de status is wel gewijzigd")
    }
}
