import PostgresNIO

// Why the server could not be reached, refused the login or gave no safe connection, in
// Dutch: the reason inside `StoreError.serverUnreachable`, `.loginRefused` and `.tlsFailed`.
// The surrounding sentences are in SterkStore's DutchStoreError.swift.

enum DutchPostgresConnection {
    // MARK: Reaching the server
    static func noAnswer(within seconds: Int) -> String { "geen antwoord binnen \(seconds) s" }
    static let serverClosed = "de server verbrak de verbinding"
    /// The detail of a protocol error PostgresNIO names only by its code.
    static let protocolError = "fout in het verkeer met de server"
    static func noSuchDatabase(_ database: String) -> String { "database ‘\(database)’ bestaat niet" }
    static func shuttingDownOrStarting(_ serverText: String) -> String {
        "de server stopt of start net (\(serverText))"
    }
    static func tooManyConnections(_ serverText: String) -> String { "te veel verbindingen (\(serverText))" }
    static func unknownHost(_ host: String) -> String { "host ‘\(host)’ onbekend" }

    /// A socket error in Dutch; the number for the rare rest.
    static func errnoText(_ code: Int32) -> String {
        switch code {
        case ECONNREFUSED: "verbinding geweigerd"
        case ETIMEDOUT: "time-out"
        case EHOSTUNREACH, ENETUNREACH: "host onbereikbaar"
        case ENOENT: "geen socket op dit pad"
        case EACCES: "geen toegang"
        default: "systeemfout \(code)"
        }
    }

    // MARK: Logging in
    static let passwordNeeded = "de server vraagt een wachtwoord en er is er geen gevonden"
    static func loginFailed(_ code: PSQLError.Code) -> String { "aanmelding mislukt (\(code))" }

    // MARK: TLS
    static func noTLSOffered(sslMode: String) -> String {
        "de server biedt geen TLS, maar sslmode=\(sslMode) vraagt erom"
    }
    static func hostnameMismatch(_ host: String) -> String {
        "het certificaat van de server hoort niet bij ‘\(host)’ (sslmode=verify-full)"
    }
    static func handshakeFailed(_ inner: BoringSSLError) -> String {
        "handdruk mislukt; certificaat niet vertrouwd of naam klopt niet (\(inner))"
    }
    static let certificateUnverifiable = "het certificaat van de server is niet te controleren"
    static func settingsUnusable(_ error: any Error) -> String { "TLS-instellingen onbruikbaar (\(error))" }
    static func rootCertificateUnreadable(sslMode: String, path: String) -> String {
        "sslmode=\(sslMode) vraagt een basiscertificaat, maar \(path) is niet leesbaar; geef sslrootcert=PAD of sslrootcert=system"
    }
}
