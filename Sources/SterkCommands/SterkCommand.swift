import ArgumentParser

/// The `sterk` root command: with no subcommand in a terminal it opens the dashboard.
public struct SterkCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sterk",
        abstract: "Sterk voor onze wijken: dashboard en overzichten voor het M50-netwerk van middelgrote gemeenten.",
        version: SterkVersion.current,
        // One subcommand per line, so adding one is a one-line change.
        subcommands: [
            DashboardCommand.self,
            DemoCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    /// Creates the command (ArgumentParser fills in the options).
    public init() {}
}

/// The version `sterk --version` prints.
public enum SterkVersion {
    public static let current = "0.1.0"
}
