#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// Writes bytes straight to the terminal, past ncurses (for sequences ncurses does not know).
enum TTYWriter {
    /// Writes all of `bytes` to standard output, retrying on short writes and EINTR.
    static func send(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = write(STDOUT_FILENO, base + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return  // the tty is gone (hang-up): nothing sensible left to do
                }
            }
        }
    }
}
