import Foundation
import SterkStore

/// Everything needed to connect, resolved as libpq does: what the URL says, then the
/// `service` section, then PGHOST/PGPORT/PGUSER/PGDATABASE/PGSSLMODE…, then the defaults.
/// The password comes from the service file, PGPASSWORD or ~/.pgpass, never from the URL.
public struct PostgresLocation: Sendable {
    /// Host name, IP address, or a Unix-socket directory (starts with `/`).
    public var host: String
    /// TCP port (also names the socket file).
    public var port: Int
    /// The role to log in as.
    public var user: String
    /// The database.
    public var database: String
    /// The password, when one was found.
    var password: String?
    /// TLS, as libpq's `sslmode`.
    public var sslMode: SSLMode
    /// CA certificates to trust (`sslrootcert`; `system` for the system's store).
    public var sslRootCert: String?
    /// Seconds to wait for the server to answer the connection (`connect_timeout`).
    public var connectTimeout: Int
    /// Server settings sent at login (`options=-c name=value`, `application_name`).
    var startupParameters: [(String, String)]

    /// `postgres://user@host:port/db`: for messages; never holds a password.
    public var display: String {
        let address = host.contains(":") ? "[\(host)]" : host
        return "postgres://\(user)@\(address):\(port)/\(database)"
    }

    /// libpq's `sslmode` values.
    public enum SSLMode: String, Sendable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    /// Resolves `url` with `environment` (PG… variables, HOME) and the files they name.
    public static func parse(_ url: String, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(StoreError) -> PostgresLocation
    {
        let fail = { (reason: String) in StoreError.invalidStoreURL(url: url, reason: reason) }
        let parsed = try ConnectionURL(url)
        var settings = Settings(url: parsed)
        try settings.checkKeys(fail: fail)
        if let service = settings.explicit["service"] ?? environment["PGSERVICE"] {
            guard let section = ServiceFile.settings(service: service, environment: environment) else {
                throw fail(DutchPostgresURL.unknownService(service))
            }
            settings.service = section
        }
        return try settings.location(environment: environment, fail: fail)
    }
}

/// The settings from the three sources, looked up in libpq's order.
private struct Settings {
    var explicit: [String: String] = [:]
    var service: [String: String] = [:]
    var extraKeys: [String] = []

    static let known: Set<String> = [
        "host", "port", "dbname", "user", "sslmode", "sslrootcert", "connect_timeout",
        "service", "application_name", "options",
    ]
    static let environmentNames = [
        "host": "PGHOST", "port": "PGPORT", "dbname": "PGDATABASE", "user": "PGUSER",
        "sslmode": "PGSSLMODE", "sslrootcert": "PGSSLROOTCERT", "connect_timeout": "PGCONNECT_TIMEOUT",
        "application_name": "PGAPPNAME", "options": "PGOPTIONS",
    ]

    init(url: ConnectionURL) {
        if let user = url.user { explicit["user"] = user }
        if let host = url.host { explicit["host"] = host }
        if let port = url.port { explicit["port"] = port }
        if let database = url.database { explicit["dbname"] = database }
        for (key, value) in url.parameters {
            explicit[key] = value
            if !Self.known.contains(key) { extraKeys.append(key) }
        }
    }

    func checkKeys(fail: (String) -> StoreError) throws(StoreError) {
        if explicit["password"] != nil {
            throw fail(DutchPostgresURL.passwordParameter)
        }
        if let unknown = extraKeys.first {
            throw fail(DutchPostgresURL.unknownParameter(unknown, known: Self.known.sorted()))
        }
    }

    func value(_ key: String, _ environment: [String: String]) -> String? {
        explicit[key] ?? service[key] ?? Self.environmentNames[key].flatMap { environment[$0] }.flatMap(\.nonEmpty)
    }

    func location(environment: [String: String], fail: (String) -> StoreError) throws(StoreError) -> PostgresLocation {
        let user = value("user", environment) ?? CurrentUser.name(environment: environment)
        let host = value("host", environment) ?? "localhost"
        let portText = value("port", environment) ?? "5432"
        guard let port = Int(portText), (1...65535).contains(port) else {
            throw fail(DutchPostgresURL.invalidPort(portText))
        }
        let modeText = value("sslmode", environment) ?? "prefer"
        guard let mode = PostgresLocation.SSLMode(rawValue: modeText) else {
            throw fail(
                DutchPostgresURL.unknownSSLMode(modeText, choices: PostgresLocation.SSLMode.allCases.map(\.rawValue)))
        }
        let timeoutText = value("connect_timeout", environment) ?? "5"
        guard let timeout = Int(timeoutText), (1...300).contains(timeout) else {
            throw fail(DutchPostgresURL.invalidConnectTimeout(timeoutText))
        }
        let database = value("dbname", environment) ?? user
        var location = PostgresLocation(
            host: host, port: port, user: user, database: database, password: nil, sslMode: mode,
            sslRootCert: value("sslrootcert", environment), connectTimeout: timeout,
            startupParameters: [("application_name", value("application_name", environment) ?? "sterk")])
        location.startupParameters += try StartupOptions.parse(value("options", environment) ?? "", fail: fail)
        location.password =
            service["password"] ?? environment["PGPASSWORD"].flatMap(\.nonEmpty)
            ?? PasswordFile.password(host: host, port: port, database: database, user: user, environment: environment)
        return location
    }
}

/// libpq's `options` value: `-c name=value` pairs (also `-cname=value`), sent as server settings.
enum StartupOptions {
    static func parse(_ text: String, fail: (String) -> StoreError) throws(StoreError) -> [(String, String)] {
        var result: [(String, String)] = []
        var words = text.split(separator: " ").makeIterator()
        while let word = words.next() {
            var setting = word
            if word == "-c" {
                setting = words.next() ?? ""
            } else if word.hasPrefix("-c") {
                setting = word.dropFirst(2)
            } else {
                throw fail(DutchPostgresURL.optionsWithoutC(word))
            }
            guard let equals = setting.firstIndex(of: "="), equals != setting.startIndex else {
                throw fail(DutchPostgresURL.optionsNotAssignment(setting))
            }
            result.append((String(setting[..<equals]), String(setting[setting.index(after: equals)...])))
        }
        return result
    }
}
