import ArgumentParser
import SterkModel
import SterkStore

/// `sterk werkbezoek nieuw`: record a new visit; all missing or wrong fields are reported at once.
struct NewVisitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nieuw",
        abstract: DutchHelp.NewVisit.abstract, discussion: DutchHelp.NewVisit.discussion)

    @Option(name: .customLong("bezoeker"), help: DutchHelp.NewVisit.visitor)
    var visitors: [String] = []

    @Option(name: .customLong("gemeente"), help: DutchHelp.NewVisit.municipality)
    var municipality: String?

    @Option(name: .customLong("wijk"), help: DutchHelp.NewVisit.wijk)
    var wijken: [String] = []

    @Option(name: .customLong("voorgesteld"), help: DutchHelp.NewVisit.proposed)
    var proposed: String?

    @Option(name: .customLong("bevestigd"), help: DutchHelp.NewVisit.confirmed)
    var confirmed: String?

    @Option(name: .customLong("programma"), help: DutchHelp.NewVisit.programme)
    var programme: [String] = []

    @Option(name: .customLong("contact"), help: DutchHelp.NewVisit.contact)
    var contactName: String?

    @Option(name: .customLong("contact-email"), help: DutchHelp.NewVisit.contactEmail)
    var contactEmail: String?

    @Option(name: .customLong("contact-telefoon"), help: DutchHelp.NewVisit.contactPhone)
    var contactPhone: String?

    @Option(name: .customLong("notitie"), help: DutchHelp.NewVisit.notes)
    var notes: String = ""

    @Flag(name: .customLong("toch"), help: DutchHelp.NewVisit.anyway)
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
            throw CommandFailure.failure(DutchWerkbezoekInput.notRecorded + "\n" + lines)
        }
        let opened = try store.openForWriting()
        let visit = try CommandFailure.reporting { () throws(StoreError) in
            try opened.create(draft.details, actor: actor.name, at: now)
        }
        dateProblems.forEach { CommandFailure.printError($0.warning) }
        printLine(
            DutchWerkbezoekOutcome.recorded(
                visit.reference, visitors: WerkbezoekText.visitorsLine(visit.details),
                place: places.placeText(visit.details), status: visit.status),
            note: DutchWerkbezoekOutcome.recordedAnyway(visit.reference))
        if let code = visit.details.municipalityCode.nonEmptyCode, !places.dataset.isM50Member(code) {
            CommandFailure.printError(DutchWerkbezoekOutcome.notM50Member(places.municipalityName(code)))
        }
    }
}

extension String {
    /// Self, or nil when empty.
    fileprivate var nonEmptyCode: String? { isEmpty ? nil : self }
}
