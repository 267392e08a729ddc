import SterkCommands
import SterkPostgres
import SterkStore

// `sterk` with the PostgreSQL client: `sterk` execs this program for a postgres:// store
// (PostgresHandOff); run directly, it serves both kinds of store.
StoreOpener.openServer = { (url: String, readOnly: Bool) throws(StoreError) -> any WerkbezoekStore in
    try PostgresWerkbezoekStore(url: url, readOnly: readOnly)
}
// Synchronous on purpose, like sterk (SWIFT-NCURSES.md §5).
SterkCommand.runFromCommandLine()
