import ArgumentParser
import SterkStore

/// `--store PAD`: which werkbezoek file to use.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("store"),
            help: ArgumentHelp("Het werkbezoekenbestand (standaard $XDG_DATA_HOME/sterk/werkbezoeken.sqlite).",
                               valueName: "PAD"))
    var path: String?

    /// The resolved path: the option, or the XDG default.
    var resolvedPath: String { Self.resolvedPath(path) }

    /// The resolved path for a `--store` value given as a plain string (nil: not given).
    static func resolvedPath(_ path: String?) -> String {
        (path ?? GlobalOptions.current.store).map { StorePaths.resolve($0) } ?? StorePaths.defaultStorePath()
    }

    /// Opens the store for reading and writing (creating it on first use); refused when the
    /// machine is read-only (`--alleen-lezen` before the subcommand, or `STERK_ALLEEN_LEZEN`).
    func openForWriting() throws -> any WerkbezoekStore {
        try ReadOnlyGuard.check()
        return try CommandFailure.reporting { () throws(StoreError) in try SQLiteWerkbezoekStore(path: resolvedPath) }
    }

    /// Opens the store for reading only; never creates or migrates the file.
    func openForReading() throws -> any WerkbezoekStore {
        try CommandFailure.reporting { () throws(StoreError) in
            try SQLiteWerkbezoekStore(path: resolvedPath, readOnly: true)
        }
    }
}

/// `--door NAAM`: who makes the change (default: the user logged in).
struct ActorOptions: ParsableArguments {
    @Option(name: .customLong("door"), help: ArgumentHelp("Wie de wijziging doet (standaard de ingelogde gebruiker).",
                                                           valueName: "NAAM"))
    var actor: String?

    /// The name written into the history.
    var name: String { actor.flatMap { $0.isEmpty ? nil : $0 } ?? CurrentUser.name() }
}
