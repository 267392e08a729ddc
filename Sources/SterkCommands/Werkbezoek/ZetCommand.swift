import ArgumentParser
import SterkStore

/// `sterk werkbezoek zet REF STATUS`: move a visit through its lifecycle.
struct ZetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zet",
        abstract: "Zet een werkbezoek op een andere status.",
        discussion: """
            Statussen: aangevraagd → in voorbereiding → bevestigd → afgerond; uitgesteld en \
            geannuleerd vragen om --reden. Bevestigen vraagt om een bevestigde datum (--datum), \
            tenzij die al is vastgelegd. Voorbeeld:
              sterk werkbezoek zet WB-2026-014 bevestigd --datum "2026-03-14 10:00-14:00"
            """)

    @Argument(help: ArgumentHelp("De referentie, bijvoorbeeld WB-2026-014.", valueName: "REF"))
    var reference: String

    @Argument(help: ArgumentHelp("De nieuwe status (in-voorbereiding mag ook).", valueName: "STATUS"))
    var status: String

    @Option(name: [.customLong("reden"), .customLong("notitie")],
            help: ArgumentHelp("Reden of toelichting; verplicht bij uitgesteld en geannuleerd.", valueName: "TEKST"))
    var note: String = ""

    @Option(name: .customLong("datum"), help: ArgumentHelp("Bevestigde datum en tijd (Nederlandse tijd), bv. \"2026-03-14 10:00-14:00\".", valueName: "DATUM"))
    var confirmed: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var actor: ActorOptions

    func run() throws {
        let request = try CommandFailure.reporting { () throws(StoreError) in
            StatusChangeRequest(reference: try referenceOnly(), target: try VisitStatus(userText: status), note: note,
                                actor: actor.name, confirmed: try confirmed.map { text throws(StoreError) in try TimeSlot(parsing: text) })
        }
        let opened = try store.openForWriting()
        let entry = try CommandFailure.reporting { () throws(StoreError) in try opened.changeStatus(request) }
        printLine("\(entry.reference): \(entry.from?.rawValue ?? "—") → \(entry.to).", note: "de status is wel gewijzigd")
    }

    /// Only a reference: changing a status by a name match could hit the wrong visit.
    private func referenceOnly() throws(StoreError) -> VisitReference {
        try VisitReference.parse(reference)
    }
}
