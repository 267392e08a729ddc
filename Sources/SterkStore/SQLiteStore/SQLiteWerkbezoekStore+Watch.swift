extension SQLiteWerkbezoekStore: StoreChangeWatch {
    /// SQLite's `data_version`: it changes when another connection commits, and is read from
    /// the shared WAL index, without touching the database pages.
    public func changeToken() throws(StoreError) -> Int64 {
        try connection.integer("PRAGMA data_version")
    }
}
