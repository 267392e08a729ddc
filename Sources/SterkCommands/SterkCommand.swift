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
