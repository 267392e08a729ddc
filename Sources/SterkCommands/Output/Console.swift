import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Where command output goes, and whether a person is looking at it.
enum Console {
    /// True when standard output is a terminal (then output may fit the width).
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// The terminal's width in columns, or nil when stdout is not a terminal.
    static var terminalWidth: Int? {
        guard stdoutIsTerminal else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Writes text to standard output as is; a failed write ends the program with one Dutch
    /// line (a closed pipe quietly), see `StandardStream.failedOutput`.
    static func out(_ text: String, note: String? = nil) {
        StandardStream.out(text.utf8, note: note)
    }

    /// Writes bytes to standard output, like `out(_:)` for text.
    static func out(_ data: some Sequence<UInt8>) {
        StandardStream.out(data)
    }

    /// Writes a line to standard error. If even that fails there is nobody left to tell, so
    /// the failure is ignored here; the exit status still says something went wrong.
    static func error(_ text: String) {
        _ = StandardStream.write((text + "\n").utf8, to: STDERR_FILENO)
    }
}
