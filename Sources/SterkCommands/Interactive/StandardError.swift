#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Writes messages for the user to standard error.
enum StandardError {
    /// Writes `text` and a newline to standard error.
    static func writeLine(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = write(STDERR_FILENO, base + offset, buffer.count - offset)
                if written > 0 { offset += written } else if errno != EINTR { return }
            }
        }
    }
}
