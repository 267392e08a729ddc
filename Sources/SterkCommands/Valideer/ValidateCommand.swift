import ArgumentParser
import SterkModel

/// `sterk valideer BESTAND`: lists every problem in a dataset file, exit 1 when there is one.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "valideer", abstract: DutchHelp.Validate.abstract, discussion: DutchHelp.Validate.discussion,
        aliases: ["validate"])

    @Argument(help: DutchHelp.Validate.file)
    var file: String

    @Flag(name: .customLong("alle"), help: DutchHelp.Validate.all)
    var all = false

    func run() throws {
        do {
            let dataset = try DatasetLoader.load(path: file)
            Console.out(DutchDataset.valid(ControlFree.text(file), summary: summary(dataset)) + "\n")
        } catch {
            Console.out(ControlFree.lines(error.description(limit: all ? nil : DatasetError.listLimit)) + "\n")
            throw ExitCode(1)
        }
    }

    func summary(_ dataset: Dataset) -> String {
        DutchDataset.summary(
            schemaVersion: dataset.schemaVersion, sources: dataset.sources.count, focusAreas: dataset.focusAreas.count,
            municipalities: dataset.municipalities.count, members: dataset.m50.memberList.members.count,
            wijken: dataset.wijken.count)
    }
}
