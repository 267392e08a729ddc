import ArgumentParser
import Foundation
import SterkStore

/// Hidden developer command for the concurrency and crash tests: makes N status changes on
/// one visit (toggling in voorbereiding ⇄ uitgesteld) and prints the history id of each
/// change as soon as it is committed, so a test can check that every reported change survived.
struct StressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_stress", abstract: DutchHelp.Stress.abstract, shouldDisplay: false)

    @Argument(help: DutchHelp.Stress.reference)
    var reference: String

    @Argument(help: DutchHelp.Stress.count)
    var count: Int

    @OptionGroup var store: StoreOptions
    @OptionGroup var actor: ActorOptions

    func run() throws {
        let parsed = try CommandFailure.reporting { () throws(StoreError) in try VisitReference.parse(reference) }
        let opened = try store.openForWriting()
        var done = 0
        while done < count {
            if let id = try CommandFailure.reporting({ () throws(StoreError) in try toggle(parsed, in: opened) }) {
                // write(2), not print: unbuffered, so a SIGKILL right after cannot swallow the line.
                Console.out("\(id)\n")
                done += 1
            }
        }
    }

    /// One change from the status we just read; nil when another process changed it first (then we read again).
    private func toggle(_ reference: VisitReference, in store: any WerkbezoekStore) throws(StoreError) -> Int64? {
        guard let current = try store.visit(reference)?.status else {
            throw StoreError.visitNotFound(reference.description)
        }
        let target: VisitStatus = current == .inVoorbereiding ? .uitgesteld : .inVoorbereiding
        let request = StatusChangeRequest(
            reference: reference, target: target, note: "stresstest \(getpid())",
            actor: actor.name, expecting: current)
        do {
            return try store.changeStatus(request).id
        } catch .concurrentChange {
            return nil
        }
    }
}
