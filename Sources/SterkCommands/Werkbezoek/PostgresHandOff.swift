import SterkStore

#if canImport(Glibc)
    import Glibc
#endif

/// `sterk` without the PostgreSQL client: a command line or `$STERK_STORE` that names a
/// postgres:// store is handed over, unchanged, to `sterk-postgres` beside this executable
/// (the same program with the client linked in). Linking swift-nio and BoringSSL into `sterk`
/// itself cost every SQLite user about 6 MB of resident memory at start-up (DECISIONS.md).
///
/// Any argument that looks like a server URL counts, even a note or a name: the other program
/// does everything this one does, so a hand-off too many costs only an exec.
public enum PostgresHandOff {
    /// The name of the executable that links the client.
    public static let programName = "sterk-postgres"

    /// Replaces this process with `sterk-postgres` when a server store is named; returns when
    /// none is, or when that program is missing (the store then says so when it is opened).
    public static func execIfNeeded() {
        guard namesServer(arguments: rawArguments(), environment: getenv(StoreLocation.environmentVariable)),
            let sibling = siblingPath()
        else { return }
        execv(sibling, CommandLine.unsafeArgv)
        // Only reached when exec failed; carry on without the client.
    }

    /// Whether an argument (also `--store=URL`) or the environment variable names a server.
    static func namesServer(arguments: [String], environment: UnsafeMutablePointer<CChar>?) -> Bool {
        if let environment, StoreLocation.isServerURL(String(cString: environment)) { return true }
        return arguments.contains { argument in
            let value = argument.split(separator: "=", maxSplits: 1).last.map(String.init) ?? argument
            return StoreLocation.isServerURL(argument) || StoreLocation.isServerURL(value)
        }
    }

    /// The arguments after the program name, invalid UTF-8 repaired (only looked at, never passed on).
    private static func rawArguments() -> [String] {
        (1..<max(1, Int(CommandLine.argc))).compactMap { index in
            CommandLine.unsafeArgv[index].map { String(cString: $0) }
        }
    }

    /// `sterk-postgres` in this executable's own directory, if it is there and executable.
    private static func siblingPath() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        let executable = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = executable.lastIndex(of: "/") else { return nil }
        let sibling = String(executable[..<slash]) + "/" + programName
        return access(sibling, X_OK) == 0 ? sibling : nil
    }
}
