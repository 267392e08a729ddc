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

    /// Every visit with its history; the mark is the snapshot it was read in.
    public func markedArchive() throws(StoreError) -> StoreChanges {
        try reading { session throws(StoreError) in
            try PostgresTransaction(session: session).read { () throws(StoreError) in
                let mark = try snapshotMark(session)
                return StoreChanges(visits: try archive(in: session), mark: mark)
            }
        }
    }

    /// The visits with history written by a transaction that the last snapshot did not see.
    /// History ids come from a sequence and can commit out of order; whether the last snapshot
    /// saw a row's transaction cannot be got wrong (`pg_visible_in_snapshot`). Rows of
    /// transactions older than that snapshot's xmin were all visible then: the index on `xid`
    /// skips them.
    public func changes(since mark: ChangeMark) throws(StoreError) -> StoreChanges {
        try reading { session throws(StoreError) in
            try PostgresTransaction(session: session).read { () throws(StoreError) in
                let next = try snapshotMark(session)
                let filter = PostgresVisitReader.Filter(
                    sql: """
                        id IN (SELECT visit_id FROM history WHERE xid >= $1::text::xid8
                               AND NOT pg_visible_in_snapshot(xid, $2::text::pg_snapshot))
                        """,
                    values: [.text(String(mark.value)), .text(mark.snapshot)])
                return StoreChanges(visits: try PostgresVisitReader(session: session).archived(filter), mark: next)
            }
        }
    }

    /// This snapshot and its xmin (the first statement of a transaction fixes its snapshot).
    private func snapshotMark(_ session: PostgresSession) throws(StoreError) -> ChangeMark {
        let sql = "SELECT pg_snapshot_xmin(s)::text::bigint, s::text FROM (SELECT pg_current_snapshot() AS s) AS now"
        let (xmin, snapshot) = try PostgresDecoding.pair(
            try session.query(sql).first, Int64.self, String.self, location: location.display)
        return ChangeMark(xmin, snapshot: snapshot)
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
