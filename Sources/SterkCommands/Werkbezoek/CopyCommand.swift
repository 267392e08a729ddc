import ArgumentParser
import SterkStore

/// `sterk werkbezoek kopieer --naar URL|PAD`: every visit with its full history from one store
/// into another (a laptop's file to the team server, or back), references unchanged.
struct CopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kopieer",
        abstract: DutchHelp.Copy.abstract, discussion: DutchHelp.Copy.discussion)

    @Option(name: .customLong("naar"), help: DutchHelp.Copy.target)
    var target: String

    @OptionGroup var store: StoreOptions

    func run() throws {
        let source = try store.openForReading()
        try StoreOptions.refuseRepairedNewFile(target)
        let targetLocation = StoreLocation.resolve(target)
        guard targetLocation != store.location else {
            throw CommandFailure.failure(DutchWerkbezoekOutcome.sameStore(targetLocation.display))
        }
        let archive = try CommandFailure.reporting { () throws(StoreError) in try source.archive() }
        let destination = try CommandFailure.reporting { () throws(StoreError) in
            try StoreOpener.open(targetLocation, readOnly: false)
        }
        let report = try CommandFailure.reporting { () throws(StoreError) in try destination.importVisits(archive) }
        printLine(DutchWerkbezoekOutcome.copied(report.imported.count, to: targetLocation.display))
        if !report.skippedExisting.isEmpty {
            let references = report.skippedExisting.map(\.description).joined(separator: ", ")
            CommandFailure.printError(DutchWerkbezoekOutcome.skippedInTarget(references))
        }
    }
}

/// `sterk werkbezoek schema`: creates or updates the store's tables (a server's owner role runs it once).
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: DutchHelp.Schema.abstract)

    @OptionGroup var store: StoreOptions

    func run() throws {
        _ = try store.openForWriting()
        printLine(DutchWerkbezoekOutcome.schemaReady(store.location.display))
    }
}
