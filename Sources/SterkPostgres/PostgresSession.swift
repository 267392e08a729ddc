import Logging
import PostgresNIO
import SterkStore

/// One connection to the server, used synchronously: the store's interface is synchronous
/// (the CLI and the dashboard's effect handler block until a change is stored), so every
/// call waits for its future on the calling thread, never longer than `commandTimeout`.
///
/// The event loop runs on PostgresNIO's shared thread, started only when a session opens.
final class PostgresSession: @unchecked Sendable {
    let location: PostgresLocation
    private let connection: PostgresConnection
    private let logger: Logger
    /// The longest any single command may take; past it the connection is closed.
    static let commandTimeout: Int64 = 20

    init(_ location: PostgresLocation, environment: [String: String]) throws(StoreError) {
        self.location = location
        logger = Logger(label: "sterk.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        var configuration: PostgresConnection.Configuration
        if location.host.hasPrefix("/") {
            configuration = .init(
                unixSocketPath: location.host + "/.s.PGSQL.\(location.port)", username: location.user,
                password: location.password, database: location.database)
        } else {
            configuration = .init(
                host: location.host, port: location.port, username: location.user,
                password: location.password, database: location.database,
                tls: try TLSSettings.make(location, environment: environment))
        }
        configuration.options.connectTimeout = .seconds(Int64(location.connectTimeout))
        configuration.options.additionalStartupParameters = location.startupParameters + Self.serverLimits
        let loop = MultiThreadedEventLoopGroup.singleton.any()
        let future = PostgresConnection.connect(on: loop, configuration: configuration, id: 1, logger: logger)
        connection = try Self.wait(
            future, seconds: Int64(location.connectTimeout), location: location, connecting: true)
    }

    /// Server-side limits, so a stuck lock or a client that stops mid-transaction cannot hold others up.
    private static let serverLimits = [
        ("lock_timeout", "10s"), ("statement_timeout", "15s"),
        ("idle_in_transaction_session_timeout", "60s"),
    ]

    deinit {
        Self.close(connection)
    }

    /// True once the connection has closed (server gone, timeout).
    var isClosed: Bool { connection.isClosed }

    /// Runs one statement and returns its rows.
    @discardableResult
    func query(_ sql: String, _ values: [PostgresValue] = []) throws(StoreError) -> [PostgresRow] {
        try result(sql, values).rows
    }

    /// Runs one statement; its command tag (`COMMIT`, `INSERT 0 1` …) and rows.
    func result(_ sql: String, _ values: [PostgresValue] = []) throws(StoreError) -> PostgresQueryResult {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values { value.bind(to: &bindings) }
        let future = connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
        return try wait(future)
    }

    /// Calls `handler` on the event loop for every notification on `channel`, then LISTENs.
    func listen(_ channel: String, _ handler: @escaping @Sendable () -> Void) throws(StoreError) {
        connection.addListener(channel: channel) { _, _ in handler() }
        try query("LISTEN \(channel)")
    }

    /// Closes the connection (after a timeout the server may still be busy with it).
    func close() {
        Self.close(connection)
    }

    /// Closes without waiting; the closure keeps the connection alive until the channel is
    /// closed (PostgresNIO requires that a connection is closed before it goes away).
    private static func close(_ connection: PostgresConnection) {
        connection.close().whenComplete { _ in withExtendedLifetime(connection) {} }
    }

    private func wait<T: Sendable>(_ future: EventLoopFuture<T>) throws(StoreError) -> T {
        do {
            return try Self.wait(future, seconds: Self.commandTimeout, location: location, connecting: false)
        } catch {
            if case .serverTimeout = error { close() }
            throw error
        }
    }

    /// Blocks until `future` completes or `seconds` pass; errors become Dutch `StoreError`s.
    private static func wait<T: Sendable>(
        _ future: EventLoopFuture<T>, seconds: Int64, location: PostgresLocation,
        connecting: Bool
    ) throws(StoreError) -> T {
        let promise = future.eventLoop.makePromise(of: T.self)
        future.cascade(to: promise)
        let timer = future.eventLoop.scheduleTask(in: .seconds(seconds)) { promise.fail(SessionTimeout()) }
        defer { timer.cancel() }
        do {
            return try promise.futureResult.wait()
        } catch {
            if connecting, error is SessionTimeout {
                // The connection may still complete later: close it then.
                future.whenSuccess { connection in (connection as? PostgresConnection).map(close) }
            }
            throw PostgresErrors.storeError(error, location: location, seconds: Int(seconds), connecting: connecting)
        }
    }
}

/// Our own time limit ran out.
struct SessionTimeout: Error {}

/// A value bound to a `$n` parameter.
enum PostgresValue {
    case text(String)
    case optionalText(String?)
    case integer(Int64)
    case optionalInteger(Int64?)
    case textArray([String])

    func bind(to bindings: inout PostgresBindings) {
        switch self {
        case .text(let text): bindings.append(text)
        case .optionalText(let text): bindings.append(text)
        case .integer(let number): bindings.append(number)
        case .optionalInteger(let number): bindings.append(number)
        case .textArray(let texts): bindings.append(texts)
        }
    }
}
