import ArgumentParser

/// Refuses every command that changes data on a read-only machine, before it touches anything.
enum ReadOnlyGuard {
    /// Throws (after printing why) when `--alleen-lezen` or `STERK_ALLEEN_LEZEN` is in force.
    static func check() throws {
        guard GlobalOptions.current.readOnly else { return }
        throw CommandFailure.failure(DutchReadOnly.commandRefused(GlobalOptions.readOnlyVariable))
    }
}
