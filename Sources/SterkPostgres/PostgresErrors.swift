import PostgresNIO
import SterkStore

/// Turns PostgresNIO's and SwiftNIO's errors into the store's Dutch errors (their reasons are
/// in Strings/DutchPostgresConnection.swift).
enum PostgresErrors {
    static func storeError(_ error: any Error, location: PostgresLocation, seconds: Int, connecting: Bool) -> StoreError
    {
        let place = location.display
        if error is SessionTimeout {
            return connecting
                ? .serverUnreachable(location: place, reason: DutchPostgresConnection.noAnswer(within: seconds))
                : .serverTimeout(location: place, seconds: seconds)
        }
        guard let psql = error as? PSQLError else { return lowLevel(error, location: location, connecting: connecting) }
        switch psql.code {
        case .server:
            return server(psql, location: location, connecting: connecting)
        case .sslUnsupported:
            return .tlsFailed(
                location: place,
                reason: DutchPostgresConnection.noTLSOffered(sslMode: location.sslMode.rawValue))
        case .authMechanismRequiresPassword:
            return .loginRefused(
                location: place, user: location.user,
                reason: DutchPostgresConnection.passwordNeeded)
        case .unsupportedAuthMechanism, .saslError:
            return .loginRefused(
                location: place, user: location.user, reason: DutchPostgresConnection.loginFailed(psql.code))
        case .connectionError, .failedToAddSSLHandler:
            return psql.underlying.map { lowLevel($0, location: location, connecting: connecting) }
                ?? .serverUnreachable(location: place, reason: "\(psql.code)")
        case .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
            if connecting, let underlying = psql.underlying {
                return lowLevel(underlying, location: location, connecting: true)
            }
            return connecting
                ? .serverUnreachable(location: place, reason: DutchPostgresConnection.serverClosed)
                : .connectionLost(location: place)
        default:
            return .serverError(location: place, code: "\(psql.code)", detail: DutchPostgresConnection.protocolError)
        }
    }

    /// An error the server sent, by its SQLSTATE.
    private static func server(_ error: PSQLError, location: PostgresLocation, connecting: Bool) -> StoreError {
        let place = location.display
        let state = error.serverInfo?[.sqlState] ?? ""
        let text = error.serverInfo?[.message] ?? ""
        switch state {
        case "28P01", "28000":  // invalid_password, invalid_authorization_specification (pg_hba)
            return .loginRefused(location: place, user: location.user, reason: text)
        case "3D000":  // invalid_catalog_name: no such database
            return .serverUnreachable(
                location: place, reason: DutchPostgresConnection.noSuchDatabase(location.database))
        case "42501", "25006":  // insufficient_privilege, read_only_sql_transaction
            return .permissionDenied(location: place, user: location.user)
        case "57014":  // query_canceled (statement_timeout)
            return .serverTimeout(location: place, seconds: 15)
        case "55P03":  // lock_not_available (lock_timeout)
            return .busy(path: place)
        case "57P01", "57P02", "57P03":  // admin shutdown, crash shutdown, cannot connect now
            // A shutdown after the login ended this session: its connection is lost (reads retry).
            guard connecting || state == "57P03" else { return .connectionLost(location: place) }
            return .serverUnreachable(location: place, reason: DutchPostgresConnection.shuttingDownOrStarting(text))
        case "53300":  // too_many_connections
            return .serverUnreachable(location: place, reason: DutchPostgresConnection.tooManyConnections(text))
        default:
            return .serverError(location: place, code: state, detail: text)
        }
    }

    /// Socket and TLS errors below the PostgreSQL protocol.
    private static func lowLevel(_ error: any Error, location: PostgresLocation, connecting: Bool) -> StoreError {
        let place = location.display
        if let ssl = error as? NIOSSLError { return .tlsFailed(location: place, reason: describe(ssl)) }
        if error is BoringSSLError { return .tlsFailed(location: place, reason: "\(error)") }
        if let extra = error as? NIOSSLExtraError {
            return .tlsFailed(
                location: place,
                reason: extra == .failedToValidateHostname
                    ? DutchPostgresConnection.hostnameMismatch(location.host)
                    : "\(extra)")
        }
        if let channel = error as? ChannelError, case .connectTimeout = channel {
            return .serverUnreachable(
                location: place, reason: DutchPostgresConnection.noAnswer(within: location.connectTimeout))
        }
        if let io = error as? IOError {
            return .serverUnreachable(location: place, reason: DutchPostgresConnection.errnoText(io.errnoCode))
        }
        if let connect = error as? NIOConnectionError {
            if connect.dnsAAAAError != nil || connect.dnsAError != nil, connect.connectionErrors.isEmpty {
                return .serverUnreachable(location: place, reason: DutchPostgresConnection.unknownHost(location.host))
            }
            if let first = connect.connectionErrors.first?.error {
                return lowLevel(first, location: location, connecting: connecting)
            }
            return .serverUnreachable(location: place, reason: DutchPostgresConnection.unknownHost(location.host))
        }
        return connecting ? .serverUnreachable(location: place, reason: "\(error)") : .connectionLost(location: place)
    }

    private static func describe(_ error: NIOSSLError) -> String {
        switch error {
        case .handshakeFailed(let inner): DutchPostgresConnection.handshakeFailed(inner)
        case .unableToValidateCertificate: DutchPostgresConnection.certificateUnverifiable
        default: "\(error)"
        }
    }
}
