import ArgumentParser
import Foundation
import SterkModel
import SterkUI

/// `sterk scherm PANEEL --grootte 120x40`: a dashboard panel as plain text, without a terminal.
struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scherm", abstract: DutchHelp.Screen.abstract,
        discussion: DutchHelp.Screen.discussion(panels: HeadlessScreen.panelNames),
        aliases: ["screen"])

    @Argument(help: DutchHelp.Screen.panel)
    var panel: String

    @Option(name: .long, help: DutchHelp.Screen.size)
    var grootte: ScreenSize = ScreenSize(width: 120, height: 40)

    @Flag(name: .long, help: DutchHelp.Screen.colour)
    var kleur = false

    @Option(name: .long, help: DutchHelp.Screen.theme)
    var theme: String?

    @Option(name: .long, help: DutchHelp.Screen.pilot)
    var pilot: String?

    @OptionGroup var data: DataOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard HeadlessScreen.panelNames.contains(panel.lowercased()) else {
            throw ValidationError(DutchScreen.unknownPanel(panel, choices: HeadlessScreen.panelNames))
        }
    }

    func run() throws {
        let dataset = try data.load()
        // The user's own themes count here as in the dashboard (it named them; we ignored them).
        var options = DashboardOptions(
            themeName: theme ?? GlobalOptions.current.theme, capabilities: .full,
            userThemeDirectory: ThemeLibrary.defaultUserDirectory(environment: ProcessInfo.processInfo.environment))
        if let pilot {
            guard HeadlessScreen.pilotIndex(named: pilot, in: dataset) != nil else {
                throw ValidationError(
                    DutchScreen.unknownPilot(ControlFree.text(pilot), choices: HeadlessScreen.pilotNames(in: dataset)))
            }
            options.vergelijkPilot = pilot
        }
        if ["werkbezoeken", "overzicht"].contains(panel.lowercased()) {  // the panels that show visits
            options.werkbezoeken = DashboardVisitStore(location: store.location, readOnly: true, actor: "")
                .initialState()
        }
        guard
            let buffer = HeadlessScreen.render(
                panelNamed: panel.lowercased(), dataset: dataset,
                width: grootte.width, height: grootte.height, options: options)
        else {
            throw ValidationError(DutchScreen.unknownPanel(panel))
        }
        Console.out((kleur ? ANSIText.render(buffer) : buffer.text) + "\n")
    }
}

/// "120x40" on the command line.
struct ScreenSize: ExpressibleByArgument, Equatable {
    let width: Int
    let height: Int

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    init?(argument: String) {
        let parts = argument.lowercased().split(whereSeparator: { $0 == "x" || $0 == "×" })
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
            (1...1000).contains(width), (1...1000).contains(height)
        else { return nil }
        self.init(width: width, height: height)
    }

    var defaultValueDescription: String { "\(width)x\(height)" }
}
