import ArgumentParser

/// `sterk dashboard` (also plain `sterk`): the interactive full-screen dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open het interactieve dashboard (standaard als je alleen `sterk` typt)."
    )

    @Option(
        name: .long,
        help: ArgumentHelp("Kleurenthema, bv. standaard, licht, hoog-contrast, zwart-wit.", valueName: "NAAM"))
    var theme: String?

    @OptionGroup var dataOptions: DataOptions

    @Flag(name: .customLong("no-mouse"), help: "Geen muis: de terminal houdt dan zijn eigen tekstselectie.")
    var noMouse = false

    @Flag(name: .long, help: "Alleen ASCII-tekens (voor terminals of lettertypen zonder lijntekens).")
    var ascii = false

    @Flag(
        name: .customLong("alleen-lezen"),
        help: "Niets opslaan: werkbezoeken alleen bekijken (voor een scherm in de hal).")
    var readOnly = false

    @OptionGroup var store: StoreOptions

    func run() throws {
        try DashboardLaunch(
            theme: theme ?? GlobalOptions.current.theme, data: dataOptions.data, mouse: !noMouse,
            ascii: ascii, readOnly: readOnly || GlobalOptions.current.readOnly, store: store.path
        ).run()
    }
}
