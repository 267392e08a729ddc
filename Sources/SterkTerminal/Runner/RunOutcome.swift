/// How a terminal program's run ended.
public enum RunOutcome: Equatable, Sendable {
    /// The program asked to quit, or the user pressed Ctrl-C.
    case quit
    /// A stop signal (SIGINT, SIGTERM, SIGHUP) ended the run.
    case signal(Int32)

    /// The process exit status: 0, or 128 + the signal number as shells report it.
    public var exitCode: Int32 {
        switch self {
        case .quit: return 0
        case .signal(let number): return 128 + number
        }
    }
}
