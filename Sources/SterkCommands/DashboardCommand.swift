import ArgumentParser
import Foundation
import SterkModel
import SterkUI

/// `sterk dashboard` (also plain `sterk`): the interactive full-screen dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open het interactieve dashboard (standaard als je alleen `sterk` typt)."
    )

    @Option(name: .long, help: ArgumentHelp("Kleurenthema, bv. standaard, licht, hoog-contrast, zwart-wit.", valueName: "NAAM"))
    var theme: String?

    @OptionGroup var dataOptions: DataOptions

    @Flag(name: .customLong("no-mouse"), help: "Geen muis: de terminal houdt dan zijn eigen tekstselectie.")
    var noMouse = false

    @Flag(name: .long, help: "Alleen ASCII-tekens (voor terminals of lettertypen zonder lijntekens).")
    var ascii = false

    @Flag(name: .customLong("alleen-lezen"), help: "Niets opslaan: werkbezoeken alleen bekijken.")
    var readOnly = false

    func run() throws {
        // Load before the screen changes, so a broken dataset prints a readable error.
        let dataset = try dataOptions.load()
        let theme = theme
        let environment = ProcessInfo.processInfo.environment
        let mouse = !noMouse, ascii = ascii   // plain values: `self` may not cross to the main actor
        try MainActor.assumeIsolated {   // true at run time: the entry point is synchronous
            try InteractiveSession.run(mouse: mouse, ascii: ascii) { capabilities in
                Dashboard(dataset: dataset, options: DashboardOptions(
                    themeName: theme, capabilities: capabilities,
                    userThemeDirectory: ThemeLibrary.defaultUserDirectory(environment: environment)))
            }
        }
    }
}
