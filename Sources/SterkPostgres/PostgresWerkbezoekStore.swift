import Foundation
import Synchronization
import SterkStore

/// The werkbezoek store on a PostgreSQL server, shared by a team: the same interface and the
/// same guarantees as the SQLite file (one transaction per change, the status re-read under a
/// row lock, full history), for clients on many machines.
///
/// One instance is meant for one thread. A dropped connection is opened again on the next call.
public final class PostgresWerkbezoekStore: WerkbezoekStore {
    /// Where it connects (no password in it).
    public let location: PostgresLocation
    let readOnly: Bool
    private let environment: [String: String]
    private var current: PostgresSession
    /// Notifications received: the change token (see `+Watch`).
    let notificationCounter = NotificationCounter()
    var listening = false
    var reconnectBackoff = ReconnectBackoff()

    /// Connects, checks the schema, and (when writing) creates or migrates it.
    ///
    /// Refuses, without writing anything, a database with someone else's tables or a newer schema.
    public init(
        url: String, readOnly: Bool = false,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(StoreError) {
        var location = try PostgresLocation.parse(url, environment: environment)
        // A reader's transactions are read-only on the server too, whatever its role may do.
        if readOnly { location.startupParameters.append(("default_transaction_read_only", "on")) }
        self.location = location
        self.readOnly = readOnly
        self.environment = environment
        current = try Self.connect(location, readOnly: readOnly, environment: environment)
    }

    private static func connect(
        _ location: PostgresLocation, readOnly: Bool,
        environment: [String: String]
    ) throws(StoreError) -> PostgresSession {
        let session = try PostgresSession(location, environment: environment)
        try PostgresSchemaGate(session: session, readOnly: readOnly).open()
        return session
    }

    /// True when the server dropped the connection (it is opened again on the next call).
    var isDisconnected: Bool { current.isClosed }

    /// The open session, reconnected when the server dropped the last one.
    func session() throws(StoreError) -> PostgresSession {
        guard current.isClosed else { return current }
        return try reconnect()
    }

    /// Runs a read; when the connection turns out to have dropped under it, runs it once more
    /// on a new one. The client learns of a drop only when it next reads from the socket, so
    /// the first read after a server restart would otherwise fail. Reads change nothing, so
    /// repeating one is safe; a write that lost its connection is reported instead, because
    /// whether it was committed is not known.
    func reading<T>(_ body: (PostgresSession) throws(StoreError) -> T) throws(StoreError) -> T {
        do {
            return try body(try session())
        } catch {
            guard case .connectionLost = error else { throw error }
            return try body(try reconnect())
        }
    }

    private func reconnect() throws(StoreError) -> PostgresSession {
        current.close()
        current = try Self.connect(location, readOnly: readOnly, environment: environment)
        // Changes may have been missed while disconnected: count that as a change.
        notificationCounter.increment()
        if listening { try startListening(on: current) }
        return current
    }

    /// The schema version this build writes.
    public static var schemaVersion: Int { PostgresMigrations.currentVersion }

    /// The number of visits stored.
    public func count() throws(StoreError) -> Int {
        try reading { session throws(StoreError) in
            guard let row = try session.query("SELECT count(*) FROM visit").first else { return 0 }
            return Int(try PostgresColumns(row, location: location.display).integer(0))
        }
    }
}

/// Counts notifications; incremented on the connection's event-loop thread, read on the caller's.
final class NotificationCounter: Sendable {
    private let value = Atomic<Int64>(0)

    func increment() { value.add(1, ordering: .relaxed) }
    var count: Int64 { value.load(ordering: .relaxed) }
}
