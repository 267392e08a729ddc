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
