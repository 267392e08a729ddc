import Foundation
import PostgresNIO
import SterkStore

/// Turns `sslmode` and `sslrootcert` into PostgresNIO's TLS setting, as libpq reads them:
/// `prefer` (the default) uses TLS when the server offers it, `require` insists on it,
/// `verify-ca` also checks the certificate against trusted roots, `verify-full` the host name too.
enum TLSSettings {
    static func make(_ location: PostgresLocation, environment: [String: String]) throws(StoreError)
        -> PostgresConnection.Configuration.TLS
    {
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch location.sslMode {
        case .disable:
            return .disable
        case .allow, .prefer, .require:
            configuration.certificateVerification = .none
        case .verifyCA, .verifyFull:
            configuration.certificateVerification =
                location.sslMode == .verifyFull ? .fullVerification : .noHostnameVerification
            configuration.trustRoots = try trustRoots(location, environment: environment)
        }
        let context: NIOSSLContext
        do {
            context = try NIOSSLContext(configuration: configuration)
        } catch {
            throw StoreError.tlsFailed(
                location: location.display, reason: DutchPostgresConnection.settingsUnusable(error))
        }
        return location.sslMode == .allow || location.sslMode == .prefer ? .prefer(context) : .require(context)
    }

    /// `sslrootcert`, else ~/.postgresql/root.crt; `system` means the system's trusted roots.
    private static func trustRoots(_ location: PostgresLocation, environment: [String: String]) throws(StoreError)
        -> NIOSSLTrustRoots
    {
        let path = location.sslRootCert ?? (PasswordFile.home(environment) + "/.postgresql/root.crt")
        if path == "system" { return .default }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw StoreError.tlsFailed(
                location: location.display,
                reason: DutchPostgresConnection.rootCertificateUnreadable(
                    sslMode: location.sslMode.rawValue, path: path))
        }
        return .file(path)
    }
}
