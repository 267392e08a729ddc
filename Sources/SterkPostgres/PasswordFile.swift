import Foundation

/// Looks a password up in a libpq password file (`~/.pgpass` or `$PGPASSFILE`):
/// lines `host:port:database:user:password`, `*` matching anything, `\:` and `\\` escaped.
///
/// Like libpq, a file that group or others may read is ignored: a password readable by
/// everyone is no secret.
enum PasswordFile {
    /// The password for this connection, or nil.
    static func password(
        host: String, port: Int, database: String, user: String,
        environment: [String: String]
    ) -> String? {
        let path = environment["PGPASSFILE"] ?? (home(environment) + "/.pgpass")
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
            status.st_mode & 0o077 == 0,
            let text = try? String(contentsOfFile: path, encoding: .utf8)
        else { return nil }
        let wanted = [host, String(port), database, user]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(line)
            guard fields.count == 5 else { continue }
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// Splits at unescaped colons, removing the escapes.
    static func split(_ line: Substring) -> [String] {
        var fields: [String] = [""]
        var escaped = false
        for character in line {
            if escaped {
                fields[fields.count - 1].append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 5 {
                fields.append("")
            } else {
                fields[fields.count - 1].append(character)
            }
        }
        return fields
    }

    static func home(_ environment: [String: String]) -> String {
        environment["HOME"].flatMap(\.nonEmpty) ?? NSHomeDirectory()
    }
}
