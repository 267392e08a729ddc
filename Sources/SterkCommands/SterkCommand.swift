import ArgumentParser

/// The `sterk` command: the dashboard, and everything it shows as plain commands.
public struct SterkCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sterk",
        abstract: "Sterk voor onze wijken — dashboard en opdrachten voor de M50.",
        discussion: "Zonder opdracht opent het dashboard in de terminal.",
        version: "0.1.0",
        // One subcommand per line, so adding one is a one-line change.
        subcommands: [
            DashboardCommand.self,
            ListCommand.self,
            ShowCommand.self,
            FiguresCommand.self,
            ValidateCommand.self,
            DatasetCommand.self,
            ScreenCommand.self,
            PresentCommand.self,
            WerkbezoekCommand.self,
            DemoCommand.self,
            GenerateCommand.self,
            ProfileCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    public init() {}
}

extension SterkCommand {
    /// The program's entry point: `main()`, except that a bare `sterk` skips the argument parser.
    ///
    /// Why: with no arguments the parser can only choose the default subcommand with every
    /// option at its default, yet building its tables costs about as much CPU as drawing the
    /// first frame (type metadata and conformance look-ups on first use). The fast path does
    /// exactly what that parse leads to — `DashboardLaunch` with its defaults, each of which
    /// is the option's default — and hands any error to the same `exit(withError:)`, so the
    /// messages and exit codes are the parser's. Any argument at all takes the normal path.
    public static func runFromCommandLine() {
        guard CommandLine.arguments.count <= 1 else { return main() }
        do {
            try DashboardLaunch().run()
        } catch {
            exit(withError: error)
        }
    }
}
