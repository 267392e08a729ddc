import SterkCommands

// A postgres:// store goes to sterk-postgres, the same program with the PostgreSQL client:
// this one stays free of swift-nio and BoringSSL (about 6 MB less resident memory).
PostgresHandOff.execIfNeeded()
// Synchronous on purpose: an async entry point moves @MainActor code off the real main
// thread onto one with SIGWINCH blocked (see SWIFT-NCURSES.md §5).
SterkCommand.runFromCommandLine()
