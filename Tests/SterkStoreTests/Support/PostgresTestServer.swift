import Foundation
import Testing

/// The PostgreSQL server the tests use: `$STERK_TEST_POSTGRES`, a superuser URL such as
/// `scripts/pg-test-cluster.sh start` prints (CI starts one; locally, run it yourself).
/// Passwords come from `$PGPASSFILE`, as for any libpq client. Each test gets its own database.
enum PostgresTestServer {
    static let adminURL = ProcessInfo.processInfo.environment["STERK_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    static var isConfigured: Bool { adminURL != nil }
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Shown for every PostgreSQL test that did not run.
    static let skipReason: Comment = """
        PostgreSQL-tests OVERGESLAGEN: STERK_TEST_POSTGRES is niet gezet. Start een wegwerpserver met \
        `eval "$(scripts/pg-test-cluster.sh start)"` (apt-get install -y postgresql) en draai de tests opnieuw.
        """

    /// `host:port` of the admin URL.
    static var address: String {
        guard let url = adminURL, let at = url.firstIndex(of: "@") else { return "127.0.0.1:5432" }
        let rest = url[url.index(after: at)...]
        return String(rest.prefix { $0 != "/" })
    }

    /// A URL for `user` on `database`; `query` without the `?`.
    static func url(user: String = "sterk_eigenaar", database: String, query: String = "") -> String {
        "postgres://\(user)@\(address)/\(database)" + (query.isEmpty ? "" : "?" + query)
    }

    /// A new database owned by `sterk_eigenaar`, set up with scripts/postgres-roles.sql; its owner URL.
    static func createDatabase() throws -> String {
        let name = "sterk_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        try psql("CREATE DATABASE \(name) OWNER sterk_eigenaar", database: "postgres")
        try psql(file: rolesFile, database: name)
        return url(database: name)
    }

    /// scripts/postgres-roles.sql in this checkout (the file the README tells administrators to run).
    static var rolesFile: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
                "scripts/postgres-roles.sql"
            ).path
    }

    /// Runs SQL as the superuser with psql; returns its unaligned output.
    @discardableResult
    static func psql(_ sql: String? = nil, file: String? = nil, database: String, user: String = "sterk_beheer") throws
        -> String
    {
        let url = try #require(adminURL, skipReason)
        let target = url.replacingOccurrences(of: "sterk_beheer@", with: "\(user)@").replacingOccurrences(
            of: "/postgres", with: "/\(database)")
        let scratch = try TemporaryDirectory()
        var arguments = [target, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1"]
        if let sql { arguments += ["-c", sql] }
        if let file { arguments += ["-f", file] }
        let process = try ChildProcess("/usr/bin/psql", arguments, outputPath: scratch.file("psql"))
        let status = process.wait()
        try #require(status == 0, "psql \(sql ?? file ?? ""): \(process.errorText)")
        return process.outputLines.joined(separator: "\n")
    }
}
