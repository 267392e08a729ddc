import CSQLite
import Foundation

extension SQLiteConnection {
    /// How long a writer keeps trying to get the write lock before giving up with `.busy`.
    static let writeLockPatience: TimeInterval = 60

    /// Runs `body` inside BEGIN IMMEDIATE … COMMIT: all of it is stored, or none of it.
    ///
    /// IMMEDIATE takes the write lock up front, so the reads inside `body` see the latest
    /// committed state and no other process can change it before we commit: that is what
    /// keeps two concurrent `sterk` processes from losing each other's update.
    func writeTransaction<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        guard !isInTransaction else {  // A programming error; reported, not trapped.
            throw StoreError.sqlite(path: path, code: SQLITE_MISUSE, detail: DutchStoreDetail.nestedWriteTransaction)
        }
        try retryingWhileBusy { executeReturningCode("BEGIN IMMEDIATE") }
        let result: T
        do {
            result = try body()
        } catch {
            _ = executeReturningCode("ROLLBACK")
            throw error
        }
        do {
            // A busy COMMIT leaves the transaction open, so retrying it is safe.
            try retryingWhileBusy { executeReturningCode("COMMIT") }
        } catch {
            _ = executeReturningCode("ROLLBACK")
            throw error
        }
        return result
    }

    /// Runs `body` in a read transaction, so several queries see one consistent snapshot.
    func readTransaction<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        if isInTransaction { return try body() }  // Nested: the outer transaction already gives one snapshot.
        try retryingWhileBusy { executeReturningCode("BEGIN DEFERRED") }
        defer { _ = executeReturningCode("COMMIT") }
        return try body()
    }

    /// Calls `attempt` until it stops returning SQLITE_BUSY/LOCKED, backing off with jitter.
    ///
    /// sqlite3_busy_timeout already waits inside SQLite, but some busy cases (WAL recovery
    /// by another process, a lock held across the whole timeout) are returned immediately
    /// or after the timeout; those are retried here until `writeLockPatience` runs out.
    func retryingWhileBusy(_ attempt: () -> Int32) throws(StoreError) {
        let deadline = Date().addingTimeInterval(Self.writeLockPatience)
        var pause: UInt32 = 2_000
        while true {
            let code = attempt()
            if code == SQLITE_OK || code == SQLITE_DONE { return }
            guard SQLiteFailure.isBusy(code), Date() < deadline else { throw failure(code) }
            usleep(pause + UInt32.random(in: 0...pause))
            pause = min(pause * 2, 100_000)
        }
    }
}
