import ArgumentParser
import Foundation
import SterkModel

/// `sterk _genereer`: a developer tool that writes a valid synthetic dataset of any size,
/// for benchmarks and tests. Hidden from the help: staff never need it.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_genereer",
        abstract: "Schrijf een synthetische dataset (voor metingen en tests).",
        shouldDisplay: false
    )

    @Option(name: .long, help: "Aantal focusgebieden.")
    var aantal: Int = 1000

    @Option(name: .long, help: "Startgetal van de toevalsgenerator: hetzelfde getal geeft hetzelfde bestand.")
    var zaad: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp("Schrijf naar dit bestand in plaats van naar stdout.", valueName: "BESTAND"))
    var uit: String?

    func validate() throws {
        guard aantal >= 0 else { throw ValidationError("--aantal mag niet negatief zijn") }
    }

    func run() throws {
        let handle: FileHandle
        if let uit {
            guard FileManager.default.createFile(atPath: uit, contents: nil), let opened = FileHandle(forWritingAtPath: uit) else {
                Console.error("\(uit): kan het bestand niet schrijven")
                throw ExitCode(1)
            }
            handle = opened
        } else {
            handle = FileHandle.standardOutput
        }
        SyntheticDataset.write(count: aantal, seed: zaad) { chunk in handle.write(Data(chunk)) }
        if uit != nil { try? handle.close() }
    }
}
