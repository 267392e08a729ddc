import Foundation

/// Reads one `[service]` section of a libpq connection service file: the user's
/// (`$PGSERVICEFILE` or `~/.pg_service.conf`) first, then the system's
/// (`$PGSYSCONFDIR/pg_service.conf`, Debian: /etc/postgresql-common/pg_service.conf).
enum ServiceFile {
    /// The `key=value` settings of `service`, or nil when no file defines it.
    static func settings(service: String, environment: [String: String]) -> [String: String]? {
        let user = environment["PGSERVICEFILE"] ?? (PasswordFile.home(environment) + "/.pg_service.conf")
        let system = (environment["PGSYSCONFDIR"] ?? "/etc/postgresql-common") + "/pg_service.conf"
        for path in [user, system] {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            if let found = section(service, in: text) { return found }
        }
        return nil
    }

    /// The settings under `[name]` in an INI-style text.
    static func section(_ name: String, in text: String) -> [String: String]? {
        var current: String?
        var found: [String: String]?
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                current = String(line.dropFirst().dropLast())
                if current == name { found = found ?? [:] }
                continue
            }
            guard current == name, let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            found?[key] = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        }
        return found
    }
}
