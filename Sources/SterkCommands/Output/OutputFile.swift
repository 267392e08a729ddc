import Foundation

/// Writes command output to a file, or to standard output when no file is given.
enum OutputFile {
    /// `path` is the `-o` value (nil: standard output); a failure is one Dutch line and exit 1.
    static func write(_ data: Data, to path: String?) throws {
        guard let path else { return Console.out(data) }
        do {
            try TargetFile.write(Array(data), to: path)
        } catch {
            throw CommandFailure.failure(DutchOutput.fileFailed(path, error.reason))
        }
    }
}
