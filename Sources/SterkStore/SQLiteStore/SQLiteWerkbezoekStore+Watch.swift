extension SQLiteWerkbezoekStore: StoreChangeWatch {
    /// SQLite's `data_version`: it changes when another connection commits, and is read from
    /// the shared WAL index, without touching the database pages.
    public func changeToken() throws(StoreError) -> Int64 {
        try connection.integer("PRAGMA data_version")
    }

    /// Every visit with its history; the mark is the newest history id.
    public func markedArchive() throws(StoreError) -> StoreChanges {
        try connection.readTransaction { () throws(StoreError) in
            StoreChanges(visits: try archive(), mark: ChangeMark(try newestHistoryID()))
        }
    }

    /// The visits with a history id above the mark. Writers take the write lock before they
    /// insert and hold it until they commit, so ids become visible in order: nothing below
    /// the newest id we saw can appear later.
    public func changes(since mark: ChangeMark) throws(StoreError) -> StoreChanges {
        try connection.readTransaction { () throws(StoreError) in
            let newest = try newestHistoryID()
            guard newest != mark.value else { return StoreChanges(visits: [], mark: mark) }
            let filter = VisitReader.Filter(
                sql: "id IN (SELECT visit_id FROM history WHERE id > ?1)", values: [.integer(mark.value)])
            return StoreChanges(visits: try reader.archived(filter), mark: ChangeMark(newest))
        }
    }

    private func newestHistoryID() throws(StoreError) -> Int64 {
        try connection.integer("SELECT coalesce(max(id), 0) FROM history")
    }
}
