import ArgumentParser
import Foundation
import SterkModel

/// `sterk _genereer`: a developer tool that writes a valid synthetic dataset of any size,
/// for benchmarks and tests. Hidden from the help: staff never need it.
struct SyntheticDatasetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_genereer",
        abstract: DutchHelp.SyntheticDataset.abstract,
        shouldDisplay: false
    )

    @Option(name: .long, help: DutchHelp.SyntheticDataset.count)
    var aantal: Int = 1000

    @Option(name: .long, help: DutchHelp.SyntheticDataset.seed)
    var zaad: UInt64 = 1

    @Option(name: .long, help: DutchHelp.SyntheticDataset.output)
    var uit: String?

    func validate() throws {
        guard aantal >= 0 else { throw ValidationError(DutchDeveloperTools.negativeCount) }
    }

    func run() throws {
        guard let uit else {
            SyntheticDataset.write(count: aantal, seed: zaad) { chunk in Console.out(chunk) }
            return
        }
        let descriptor = open(uit, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw CommandFailure.failure(DutchOutput.fileFailed(uit, DutchSystemError.dutch(errno)))
        }
        defer { close(descriptor) }
        var failure: Int32?
        SyntheticDataset.write(count: aantal, seed: zaad) { chunk in
            if failure == nil { failure = StandardStream.write(chunk, to: descriptor) }
        }
        if let failure { throw CommandFailure.failure(DutchOutput.fileFailed(uit, DutchSystemError.dutch(failure))) }
    }
}
