import ArgumentParser
import SterkModel

/// `sterk valideer BESTAND`: lists every problem in a dataset file, exit 1 when there is one.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "valideer", abstract: "Controleer een datasetbestand en meld elk probleem.",
        discussion:
            "Elk probleem staat op een eigen regel: bestand:regel:kolom: veldpad: wat er mis is.\nExitcode 0 = geldig, 1 = problemen gevonden.",
        aliases: ["validate"])

    @Argument(help: ArgumentHelp("Het te controleren bestand.", valueName: "BESTAND"))
    var file: String

    @Flag(name: .customLong("alle"), help: "Toon alle problemen (anders de eerste 1000 en het aantal van de rest).")
    var all = false

    func run() throws {
        do {
            let dataset = try DatasetLoader.load(path: file)
            Console.out("\(ControlFree.text(file)): geldig — \(summary(dataset))\n")
        } catch {
            Console.out(ControlFree.lines(error.description(limit: all ? nil : DatasetError.listLimit)) + "\n")
            throw ExitCode(1)
        }
    }

    func summary(_ dataset: Dataset) -> String {
        "schemaversie \(dataset.schemaVersion), \(dataset.sources.count) bronnen, \(dataset.focusAreas.count) focusgebieden, "
            + "\(dataset.municipalities.count) gemeenten, \(dataset.m50.memberList.members.count) M50-leden, "
            + "\(dataset.wijken.count) wijken."
    }
}
