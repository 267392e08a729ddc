import ArgumentParser
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
        // The real dashboard loads here, before the screen changes: `let dataset = try dataOptions.load()`.
        let settings = DashboardSettings(theme: theme, dataPath: dataOptions.data, readOnly: readOnly)
        let mouse = !noMouse, ascii = ascii   // plain values: `self` may not cross to the main actor
        try MainActor.assumeIsolated {   // true at run time: the entry point is synchronous
            try InteractiveSession.run(mouse: mouse, ascii: ascii) { capabilities in
                // ↓ The one line to swap for the real dashboard (tested under tmux, e2e green):
                //   Dashboard(dataset: dataset, options: DashboardOptions(themeName: theme, capabilities: capabilities))
                //   with `let dataset = try dataOptions.load()` and `let theme = theme` above, and `import SterkModel`.
                DemoProgram(capabilities: capabilities, ascii: ascii, note: settings.summary)
            }
        }
    }
}

/// The dashboard's command-line choices, handed to the program as they are.
struct DashboardSettings: Sendable, Equatable {
    /// `--theme NAAM`, nil for the default theme.
    var theme: String?
    /// `--data BESTAND`, nil for the bundled dataset.
    var dataPath: String?
    /// `--alleen-lezen`: no werkbezoek changes are written.
    var readOnly: Bool

    /// A short line for the demo's status bar, so the flags are visibly passed through.
    var summary: String {
        var parts: [String] = []
        if let theme { parts.append("thema \(theme)") }
        if let dataPath { parts.append("data \(dataPath)") }
        if readOnly { parts.append("alleen lezen") }
        return parts.joined(separator: " · ")
    }
}
