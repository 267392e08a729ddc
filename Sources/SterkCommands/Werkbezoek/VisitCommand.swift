import ArgumentParser

/// `sterk werkbezoek …`: record and follow werkbezoeken (visits of MPs and officials).
public struct VisitCommand: ParsableCommand {
    /// The command's name, aliases, help text and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "werkbezoek",
        abstract: DutchHelp.Visit.abstract,
        discussion: DutchHelp.Visit.discussion,
        subcommands: [
            NewVisitCommand.self, StatusCommand.self, SetStatusCommand.self, VisitListCommand.self,
            HistoryCommand.self, IcsCommand.self, ExportCommand.self, ImportCommand.self,
            CopyCommand.self, SchemaCommand.self,
            StressCommand.self, FillCommand.self,
        ],
        aliases: ["visit"])

    /// Required by ArgumentParser; the subcommands do the work.
    public init() {}
}
