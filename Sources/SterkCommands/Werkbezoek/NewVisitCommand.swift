import ArgumentParser
import SterkModel
import SterkStore

/// `sterk werkbezoek nieuw`: record a new visit; all missing or wrong fields are reported at once.
struct NewVisitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nieuw",
        abstract: "Leg een nieuw werkbezoek vast (status: aangevraagd).",
        discussion: """
            Voorbeeld:
              sterk werkbezoek nieuw \\
                --bezoeker "Fatima el Amraní|Tweede Kamerlid|CDA|f.elamrani@tk.nl" \\
                --gemeente Zeist --wijk Vollenhove --voorgesteld "2027-03-12 10:00-14:00" \\
                --programma "10:00|Wijkcentrum De Boog|Ontvangst|wethouder" \\
                --contact "Jan de Vries" --contact-email j.devries@zeist.nl
            """)

    @Option(
        name: .customLong("bezoeker"),
        help: ArgumentHelp("Een bezoeker (herhaalbaar).", valueName: FieldParsing.visitorFormat))
    var visitors: [String] = []

    @Option(name: .customLong("gemeente"), help: ArgumentHelp("Gastgemeente: naam of CBS-code.", valueName: "GEMEENTE"))
    var municipality: String?

    @Option(
        name: .customLong("wijk"), help: ArgumentHelp("Bezochte wijk uit de dataset (herhaalbaar).", valueName: "WIJK"))
    var wijken: [String] = []

    @Option(
        name: .customLong("voorgesteld"),
        help: ArgumentHelp(
            "Voorgestelde datum en tijd (Nederlandse tijd), bv. \"12-03-2027 10:00-14:00\" (ook 2027-03-12 …).",
            valueName: "DATUM"))
    var proposed: String?

    @Option(
        name: .customLong("bevestigd"),
        help: ArgumentHelp("Bevestigde datum en tijd, als die al vaststaat.", valueName: "DATUM"))
    var confirmed: String?

    @Option(
        name: .customLong("programma"),
        help: ArgumentHelp("Programmaonderdeel (herhaalbaar, in volgorde).", valueName: FieldParsing.programmeFormat))
    var programme: [String] = []

    @Option(
        name: .customLong("contact"),
        help: ArgumentHelp("M50-contactpersoon die het bezoek ontvangt.", valueName: "NAAM"))
    var contactName: String?

    @Option(
        name: .customLong("contact-email"), help: ArgumentHelp("E-mail van de contactpersoon.", valueName: "E-MAIL"))
    var contactEmail: String?

    @Option(
        name: .customLong("contact-telefoon"),
        help: ArgumentHelp("Telefoon van de contactpersoon.", valueName: "NUMMER"))
    var contactPhone: String?

    @Option(name: .customLong("notitie"), help: ArgumentHelp("Vrije notities.", valueName: "TEKST"))
    var notes: String = ""

    @Flag(
        name: .customLong("toch"),
        help: "Toch vastleggen met een datum in het verleden (een bezoek achteraf vastleggen).")
    var anyway = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var actor: ActorOptions
    @OptionGroup var data: DataOptions

    func run() throws {
        try ReadOnlyGuard.check()
        let places = try VisitPlaces(data)
        let draft = VisitDraft(command: self, places: places)
        let now = CommandClock.now
        let dateProblems = [
            DateRules.past(draft.details.proposed, flag: "--voorgesteld", now: now),
            DateRules.past(draft.details.confirmed, flag: "--bevestigd", now: now),
        ].compactMap { $0 }
        let problems = draft.problems + (anyway ? [] : dateProblems.map(\.refusal))
        guard problems.isEmpty else {
            let lines = problems.map { "  - \($0)" }.joined(separator: "\n")
            throw CommandFailure.failure("Het werkbezoek is niet vastgelegd:\n" + lines)
        }
        let opened = try store.openForWriting()
        let visit = try CommandFailure.reporting { () throws(StoreError) in
            try opened.create(draft.details, actor: actor.name, at: now)
        }
        dateProblems.forEach { CommandFailure.printError($0.warning) }
        printLine(
            "\(visit.reference) vastgelegd: \(WerkbezoekText.visitorsLine(visit.details)) in \(places.placeText(visit.details)), status \(visit.status).",
            note: "\(visit.reference) is wel vastgelegd")
        if let code = visit.details.municipalityCode.nonEmptyCode, !places.dataset.isM50Member(code) {
            CommandFailure.printError("Let op: \(places.municipalityName(code)) staat niet op de M50-ledenlijst.")
        }
    }
}

extension String {
    /// Self, or nil when empty.
    fileprivate var nonEmptyCode: String? { isEmpty ? nil : self }
}
