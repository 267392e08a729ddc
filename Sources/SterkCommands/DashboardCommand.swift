import ArgumentParser

/// `sterk dashboard` (also plain `sterk`): the interactive full-screen dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: DutchHelp.Dashboard.abstract
    )

    @Option(name: .long, help: DutchHelp.Dashboard.theme)
    var theme: String?

    @OptionGroup var dataOptions: DataOptions

    @Flag(name: .customLong("no-mouse"), help: DutchHelp.Dashboard.noMouse)
    var noMouse = false

    @Flag(name: .long, help: DutchHelp.Dashboard.ascii)
    var ascii = false

    @Flag(name: .customLong("alleen-lezen"), help: DutchHelp.Dashboard.readOnly)
    var readOnly = false

    @OptionGroup var store: StoreOptions

    func run() throws {
        try DashboardLaunch(
            theme: theme ?? GlobalOptions.current.theme, data: dataOptions.data, mouse: !noMouse,
            ascii: ascii, readOnly: readOnly || GlobalOptions.current.readOnly, store: store.path
        ).run()
    }
}
