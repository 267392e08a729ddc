import ArgumentParser
import Foundation
import SterkModel

/// `sterk dataset genereer`: rebuilds the bundled dataset from the committed source files
/// (CBS, Leefbaarometer and the hand-curated part) in `data/`.
struct DatasetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dataset", abstract: DutchHelp.DatasetGenerate.groupAbstract,
        subcommands: [DatasetGenerateCommand.self])
}

/// `sterk dataset genereer [--map data] [--uit BESTAND] [--controleer]`.
struct DatasetGenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "genereer", abstract: DutchHelp.DatasetGenerate.abstract,
        discussion: DutchHelp.DatasetGenerate.discussion)

    @Option(name: .long, help: DutchHelp.DatasetGenerate.folder)
    var map: String = "data"

    @Option(name: .long, help: DutchHelp.DatasetGenerate.output)
    var uit: String = "Sources/SterkModel/Resources/dataset.json"

    @Flag(name: .long, help: DutchHelp.DatasetGenerate.check)
    var controleer = false

    func run() throws {
        let bytes: [UInt8]
        do { bytes = try DatasetGenerator.generate(directory: map) } catch {
            Console.error(ControlFree.lines("\(map)/\(error.description)") + "\n")
            throw ExitCode(1)
        }
        if controleer {
            let current = FileManager.default.contents(atPath: uit).map([UInt8].init)
            guard current == bytes else {
                Console.error(DutchDataset.differs(ControlFree.text(uit), from: ControlFree.text(map)) + "\n")
                throw ExitCode(1)
            }
            Console.out(DutchDataset.same(ControlFree.text(uit), as: ControlFree.text(map)) + "\n")
            return
        }
        do { try AtomicFile.write(bytes, to: uit) } catch {
            Console.error("\(ControlFree.text(uit)): \(error.localizedDescription)\n")
            throw ExitCode(1)
        }
        Console.out(DutchDataset.written(ControlFree.text(uit), bytes: bytes.count) + "\n")
    }
}

/// Writes through a temporary file and a rename, so a failed write leaves the old file intact.
enum AtomicFile {
    struct Failure: LocalizedError {
        let message: String
        var errorDescription: String? { message }
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        var info = stat()
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            throw Failure(message: DutchFileReason.existsNotRegular)
        }
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw Failure(message: DutchFileReason.cannotWriteInFolder)
        }
        guard rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw Failure(message: DutchFileReason.cannotReplace)
        }
    }
}
