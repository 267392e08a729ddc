import ArgumentParser
import Foundation
import SterkStore

/// `sterk werkbezoek export`: all visits with their history as JSON (shape: VisitExport.swift).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: DutchHelp.Export.abstract)

    @Option(name: [.customShort("o"), .customLong("uitvoer")], help: DutchHelp.Visit.output)
    var output: String?

    @OptionGroup var store: StoreOptions

    func run() throws {
        let opened = try store.openForReading()
        let archive = try CommandFailure.reporting { () throws(StoreError) in try opened.archive() }
        let data = try CommandFailure.reporting { () throws(StoreError) in
            try VisitExport.encode(archive, exportedAt: CommandClock.now)
        }
        try OutputFile.write(data + Data("\n".utf8), to: output)
        if let output {
            printLine(DutchWerkbezoekOutcome.exported(archive.count, to: output))
        }
    }
}

/// `sterk werkbezoek import BESTAND`: reads an export back; existing references are skipped and reported.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: DutchHelp.Import.abstract)

    @Argument(help: DutchHelp.Import.input)
    var input: String

    @OptionGroup var store: StoreOptions
    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        try ReadOnlyGuard.check()
        let data = try readInput()
        let visits: [ArchivedVisit]
        do {
            visits = try VisitExport.decode(data)
        } catch {
            throw CommandFailure.failure("\(input): \(error.message)")  // which file, as the dataset's errors do
        }
        let places = try VisitPlaces(dataOptions)
        // Everything `nieuw` checks, before the store is even opened: one list of every problem.
        let problems = visits.flatMap { archived in
            (places.problems(archived.visit.details) + archived.normalized.problems).map {
                "\(archived.visit.reference): \($0)"
            }
        }
        guard problems.isEmpty else { throw CommandFailure.failure(StoreError.refusedImport(problems).message) }
        let opened = try store.openForWriting()
        let report = try CommandFailure.reporting { () throws(StoreError) in try opened.importVisits(visits) }
        printLine(
            DutchWerkbezoekOutcome.imported(report.imported.count), note: DutchWerkbezoekOutcome.importedAnyway)
        if !report.skippedExisting.isEmpty {
            let references = report.skippedExisting.map(\.description).joined(separator: ", ")
            CommandFailure.printError(DutchWerkbezoekOutcome.skippedExisting(references))
        }
    }

    private func readInput() throws -> Data {
        if input == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        let path = StorePaths.resolve(input)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            // Foundation calls this an unknown read error (NSFileReadUnknownError, 256).
            throw CommandFailure.failure(DutchOutput.readFailed(input, DutchSystemError.dutch(EISDIR)))
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure.failure(DutchOutput.readFailed(input, DutchSystemError.dutch(error)))
        }
    }
}
