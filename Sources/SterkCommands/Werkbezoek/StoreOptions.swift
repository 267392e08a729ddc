import ArgumentParser
import SterkStore

#if canImport(Glibc)
    import Glibc
#endif

/// `--store PAD|URL`: which werkbezoek store to use: a file, or a PostgreSQL server.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("store"), help: DutchHelp.Visit.store)
    var path: String?

    /// The store named: the option (after the subcommand or before it), else $STERK_STORE,
    /// else the XDG default file.
    var location: StoreLocation { Self.location(path) }

    /// The store for a `--store` value given as a plain string (nil: not given).
    static func location(_ path: String?) -> StoreLocation {
        StoreLocation.resolve(path ?? GlobalOptions.current.store)
    }

    /// Opens the store for reading and writing (creating it on first use); refused when the
    /// machine is read-only (`--alleen-lezen` before the subcommand, or `STERK_ALLEEN_LEZEN`).
    func openForWriting() throws -> any WerkbezoekStore {
        try ReadOnlyGuard.check()
        try Self.refuseRepairedNewFile(path ?? GlobalOptions.current.store)
        return try CommandFailure.reporting { () throws(StoreError) in try StoreOpener.open(location, readOnly: false) }
    }

    /// A store file that does not exist yet, named with bytes that are not UTF-8, would be
    /// created under the repaired name (U+FFFD), not the one typed: refused (see RawArguments).
    static func refuseRepairedNewFile(_ option: String?) throws {
        guard let option, RawArguments.isRepaired(option), case .file(let file) = location(option),
            access(file, F_OK) != 0
        else { return }
        throw CommandFailure.failure(DutchOutput.repairedNewStore(file))
    }

    /// Opens the store for reading only; never creates or migrates anything.
    func openForReading() throws -> any WerkbezoekStore {
        try CommandFailure.reporting { () throws(StoreError) in try StoreOpener.open(location, readOnly: true) }
    }
}

/// Opens either kind of store. Only the `sterk-postgres` executable links the PostgreSQL
/// client and sets `openServer`; `sterk` hands a postgres:// store over to it before it parses
/// anything (`PostgresHandOff`), so an SQLite user never loads swift-nio or BoringSSL.
public enum StoreOpener {
    /// Opens a `postgres://` location (URL, read-only); nil in a program built without the client.
    nonisolated(unsafe) public static var openServer: ((String, Bool) throws(StoreError) -> any WerkbezoekStore)?

    static func open(_ location: StoreLocation, readOnly: Bool) throws(StoreError) -> any WerkbezoekStore {
        switch location {
        case .file(let path): return try SQLiteWerkbezoekStore(path: path, readOnly: readOnly)
        case .server(let url):
            guard let openServer else {
                throw StoreError.cannotOpen(path: location.display, reason: DutchOutput.noPostgresClient)
            }
            return try openServer(url, readOnly)
        }
    }
}

/// `--door NAAM`: who makes the change (default: the user logged in).
struct ActorOptions: ParsableArguments {
    @Option(name: .customLong("door"), help: DutchHelp.Visit.actor)
    var actor: String?

    /// The name written into the history.
    var name: String { actor.flatMap { $0.isEmpty ? nil : $0 } ?? CurrentUser.name() }
}
