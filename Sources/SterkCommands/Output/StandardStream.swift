import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Writes bytes to a file descriptor with write(2), so a full disk or a closed pipe is an
/// answer the caller can act on instead of Foundation's `try!` inside `FileHandle.write`.
enum StandardStream {
    /// Writes all of `bytes` to `descriptor`; returns the `errno` of the first failed write, or nil.
    static func write(_ bytes: some Sequence<UInt8>, to descriptor: Int32) -> Int32? {
        let buffer = Array(bytes)
        return buffer.withUnsafeBytes { raw -> Int32? in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if written == 0 { return EIO }
                offset += written
            }
            return nil
        }
    }

    /// Writes to standard output; a failure ends the program (see `failedOutput`), adding
    /// `note` to the message (say, that a change was saved even though this line was lost).
    static func out(_ bytes: some Sequence<UInt8>, note: String? = nil) {
        if let error = write(bytes, to: STDOUT_FILENO) { failedOutput(errno: error, note: note) }
    }

    /// A write to standard output failed. A closed pipe (the reader, say `head`, has all it
    /// wanted) ends the program quietly with the status a SIGPIPE death would give; anything
    /// else is one Dutch line on standard error and exit status 1 — never a trap.
    static func failedOutput(errno error: Int32, note: String? = nil) -> Never {
        if error == EPIPE { exit(128 + SIGPIPE) }
        let message = DutchOutput.outputFailed(DutchSystemError.dutch(error)) + (note.map { "; " + $0 } ?? "")
        _ = write(Array((message + "\n").utf8), to: STDERR_FILENO)
        exit(1)
    }
}
