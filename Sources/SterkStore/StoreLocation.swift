import Foundation

/// Where the werkbezoek store is: a local SQLite file (the default) or a PostgreSQL server
/// shared by a team (`postgres://USER@HOST:PORT/DB`).
///
/// Chosen by `--store`, else by `$STERK_STORE`, else the XDG default file, so a lobby machine
/// is configured once in its environment.
public enum StoreLocation: Equatable, Sendable {
    /// An SQLite file, as an absolute path.
    case file(path: String)
    /// A PostgreSQL connection URL (`postgres://` or `postgresql://`), never with a password.
    case server(url: String)

    /// The environment variable that names the store when `--store` is not given.
    public static let environmentVariable = "STERK_STORE"

    /// The store named by `option` (`--store`), else by `$STERK_STORE`, else the default file.
    public static func resolve(
        _ option: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> StoreLocation {
        let named = option ?? environment[environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
        guard let named else { return .file(path: StorePaths.defaultStorePath(environment: environment)) }
        if isServerURL(named) { return .server(url: named) }
        return .file(path: StorePaths.resolve(named, environment: environment))
    }

    /// True for `postgres://…` and `postgresql://…` (any case).
    public static func isServerURL(_ text: String) -> Bool {
        let lower = text.prefix(14).lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    /// How the store is named in messages: the path, or the URL without its query.
    public var display: String {
        switch self {
        case .file(let path): path
        case .server(let url): String(url.prefix { $0 != "?" })
        }
    }
}
