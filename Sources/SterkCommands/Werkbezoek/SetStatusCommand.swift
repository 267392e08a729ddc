import ArgumentParser
import SterkStore

/// `sterk werkbezoek zet REF STATUS`: move a visit through its lifecycle.
struct SetStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zet",
        abstract: DutchHelp.SetStatus.abstract, discussion: DutchHelp.SetStatus.discussion)

    @Argument(help: DutchHelp.SetStatus.reference)
    var reference: String

    @Argument(help: DutchHelp.SetStatus.status)
    var status: String

    @Option(name: [.customLong("reden"), .customLong("notitie")], help: DutchHelp.SetStatus.note)
    var note: String = ""

    @Option(name: .customLong("datum"), help: DutchHelp.SetStatus.date)
    var confirmed: String?

    @Flag(name: .customLong("toch"), help: DutchHelp.SetStatus.anyway)
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
            "\(entry.reference): \(entry.from?.rawValue ?? "—") → \(entry.to).",
            note: DutchWerkbezoekOutcome.statusChangedAnyway)
    }
}
