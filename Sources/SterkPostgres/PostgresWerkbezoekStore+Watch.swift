import SterkStore

extension PostgresWerkbezoekStore: StoreChangeWatch {
    /// The number of change notifications received (LISTEN/NOTIFY, sent by the schema's
    /// triggers on every commit, by any client). The first call starts listening; later calls
    /// only read a counter that the connection's thread increments: no round trip per tick.
    public func changeToken() throws(StoreError) -> Int64 {
        // While the server is away, try again only now and then: a connect can take up to
        // connect_timeout, and this runs on the dashboard's thread every tick.
        if isDisconnected {
            guard reconnectBackoff.allowsAttempt() else { return notificationCounter.count }
        }
        let session = try session()
        if !listening {
            try startListening(on: session)
            listening = true
        }
        return notificationCounter.count
    }

    /// Every visit with its history; the mark is the oldest transaction still running when
    /// the snapshot was taken (`pg_snapshot_xmin`), read in the same snapshot.
    public func markedArchive() throws(StoreError) -> StoreChanges {
        let session = try session()
        return try PostgresTransaction(session: session).read { () throws(StoreError) in
            let mark = try snapshotMark(session)
            return StoreChanges(visits: try archive(in: session), mark: mark)
        }
    }

    /// The visits with history written by a transaction at or after the mark. Every
    /// transaction the last snapshot could not see has an id at or above its xmin, so a
    /// change that committed after that read (even with a lower history id) is found now;
    /// one seen then may be read again, which only repeats its visit.
    public func changes(since mark: ChangeMark) throws(StoreError) -> StoreChanges {
        let session = try session()
        return try PostgresTransaction(session: session).read { () throws(StoreError) in
            let next = try snapshotMark(session)
            let filter = PostgresVisitReader.Filter(
                sql: "id IN (SELECT visit_id FROM history WHERE xid >= $1::text::xid8)",
                values: [.text(String(mark.value))])
            let histories = try PostgresHistoryReader(session: session).entries(of: filter)
            let visits = try PostgresVisitReader(session: session).visits(filter)
                .map { ArchivedVisit(visit: $0, history: histories[$0.reference] ?? []) }
            return StoreChanges(visits: visits, mark: next)
        }
    }

    /// The oldest transaction this snapshot may not see (the first statement fixes the snapshot).
    private func snapshotMark(_ session: PostgresSession) throws(StoreError) -> ChangeMark {
        let rows = try session.query("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
        guard let row = rows.first else {
            throw StoreError.corrupt(path: location.display, detail: "geen antwoord op pg_current_snapshot()")
        }
        return ChangeMark(try PostgresColumns(row, location: location.display).integer(0))
    }

    func startListening(on session: PostgresSession) throws(StoreError) {
        let counter = notificationCounter
        try session.listen(PostgresMigrations.channel) { counter.increment() }
    }
}

/// Spaces out reconnection attempts made from the dashboard's tick.
struct ReconnectBackoff {
    private var lastAttempt: ContinuousClock.Instant?
    static let interval = Duration.seconds(10)

    mutating func allowsAttempt() -> Bool {
        let now = ContinuousClock.now
        if let lastAttempt, now - lastAttempt < Self.interval { return false }
        lastAttempt = now
        return true
    }
}
