import ArgumentParser
import SterkStore

/// `sterk werkbezoek geschiedenis REF`: every change, oldest first.
struct GeschiedenisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geschiedenis",
        abstract: "Toon alle wijzigingen van een werkbezoek: wanneer, door wie, van → naar, toelichting.")

    @Argument(help: ArgumentHelp("De referentie, bijvoorbeeld WB-2026-014.", valueName: "REF"))
    var reference: String

    @OptionGroup var store: StoreOptions

    func run() throws {
        let parsed = try CommandFailure.reporting { () throws(StoreError) in try VisitReference.parse(reference) }
        let opened = try store.openForReading()
        let entries = try CommandFailure.reporting { () throws(StoreError) in try opened.history(parsed) }
        printLine("\(parsed): \(entries.count) wijziging\(entries.count == 1 ? "" : "en")")
        entries.forEach { printLine(WerkbezoekText.historyLine($0)) }
    }
}
