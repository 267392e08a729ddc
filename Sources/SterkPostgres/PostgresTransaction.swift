import SterkStore

/// BEGIN … COMMIT around a body; ROLLBACK when it throws. A change counts as stored only
/// when COMMIT answers `COMMIT` (a failed transaction answers `ROLLBACK`).
struct PostgresTransaction {
    let session: PostgresSession

    /// Runs `body` in a read-write transaction (READ COMMITTED; writers lock the rows they check).
    func run<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try run("BEGIN", body)
    }

    /// Runs `body` on one consistent snapshot (several SELECTs that must agree).
    func read<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    private func run<T>(_ begin: String, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try session.query(begin)
        let value: T
        do {
            value = try body()
        } catch {
            if !session.isClosed { _ = try? session.query("ROLLBACK") }
            throw error
        }
        let tag = try session.result("COMMIT").metadata.command
        guard tag == "COMMIT" else {
            throw StoreError.serverError(
                location: session.location.display, code: tag, detail: DutchPostgresDetail.rolledBack)
        }
        return value
    }
}
