import ArgumentParser

/// `sterk werkbezoek …`: record and follow werkbezoeken (visits of MPs and officials).
public struct VisitCommand: ParsableCommand {
    /// The command's name, aliases, help text and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "werkbezoek",
        abstract: "Werkbezoeken vastleggen en volgen.",
        discussion: """
            De werkbezoeken staan in een SQLite-bestand, standaard \
            $XDG_DATA_HOME/sterk/werkbezoeken.sqlite (zonder XDG_DATA_HOME: \
            ~/.local/share/sterk/werkbezoeken.sqlite); kies een ander bestand met --store. \
            Een team deelt ze op een PostgreSQL-server: --store postgres://GEBRUIKER@HOST:POORT/DATABASE \
            of eenmalig STERK_STORE in de omgeving. \
            Elke wijziging komt in de geschiedenis, met wie (de gebruiker, of --door) en wanneer.

            Statussen: aangevraagd → in voorbereiding → bevestigd → afgerond, \
            en uitgesteld of geannuleerd (altijd met --reden).
            """,
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
