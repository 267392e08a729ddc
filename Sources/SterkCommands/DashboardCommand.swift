import ArgumentParser
import Foundation
import SterkModel
import SterkStore
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

    @Flag(name: .customLong("alleen-lezen"), help: "Niets opslaan: werkbezoeken alleen bekijken (voor een scherm in de hal).")
    var readOnly = false

    @OptionGroup var store: StoreOptions

    func run() throws {
        // Load before the screen changes, so a broken dataset prints a readable error.
        let dataset = try dataOptions.load()
        let theme = theme
        let environment = ProcessInfo.processInfo.environment
        let mouse = !noMouse, ascii = ascii   // plain values: `self` may not cross to the main actor
        let storePath = store.resolvedPath, readOnly = readOnly
        try MainActor.assumeIsolated {   // true at run time: the entry point is synchronous
            // Read the visits before the screen changes; a broken store only shows in its panel.
            let visits = DashboardVisitStore(path: storePath, readOnly: readOnly, actor: CurrentUser.name())
            let initial = visits.initialState()
            try InteractiveSession.run(mouse: mouse, ascii: ascii, handleEffect: visits.handle) { capabilities in
                var options = DashboardOptions(
                    themeName: theme, capabilities: capabilities,
                    userThemeDirectory: ThemeLibrary.defaultUserDirectory(environment: environment))
                options.readOnly = readOnly
                options.werkbezoeken = initial
                return Dashboard(dataset: dataset, options: options)
            }
        }
    }
}
