import SterkStore

extension PostgresWerkbezoekStore: StoreChangeWatch {
    /// The number of change notifications received (LISTEN/NOTIFY, sent by the schema's
    /// triggers on every commit, by any client). The first call starts listening; later calls
    /// only read a counter that the connection's thread increments: no round trip per tick.
    public func changeToken() throws(StoreError) -> Int64 {
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
