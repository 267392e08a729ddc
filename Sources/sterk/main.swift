import SterkCommands

// Synchronous on purpose: an async entry point moves @MainActor code off the real main
// thread onto one with SIGWINCH blocked (see SWIFT-NCURSES.md §5).
SterkCommand.runFromCommandLine()
