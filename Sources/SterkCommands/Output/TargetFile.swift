import Foundation
import SterkStore
#if canImport(Glibc)
    import Glibc
#endif

/// Writes a result to a file named on the command line (`-o`, `--export`) without ever
/// replacing something that is not a regular file (DECISIONS.md, "-o targets").
///
/// - a regular file (or nothing yet): a temporary file beside it, synced, then renamed over
///   it, so a failed write leaves the old file as it was; an existing file keeps its mode;
/// - a symbolic link: followed to what it names, which then gets the same rules (a link to
///   nothing is refused, as `cp` would create a file somewhere unexpected);
/// - a character device or FIFO (`/dev/stdout`, `/dev/null`, a named pipe): written in place,
///   as a shell's `>` would, never renamed over;
/// - a directory, block device or socket: refused.
enum TargetFile {
    /// Why a file was not written, as a Dutch reason (the caller names the path).
    struct Failure: Error, Equatable {
        let reason: String
    }

    /// Writes `bytes` to `path` (`~` expanded, relative to the working directory).
    static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        let target = try resolvedTarget(path)
        switch target.kind {
        case .replace(let mode): try replace(target.path, with: bytes, mode: mode)
        case .inPlace: try writeInPlace(target.path, bytes)
        }
    }

    enum Kind: Equatable {
        /// A regular file or nothing: write beside it and rename; the mode to keep, if any.
        case replace(mode: mode_t?)
        /// A character device or FIFO: open it and write.
        case inPlace
    }

    /// Where the bytes go and how; symbolic links followed.
    static func resolvedTarget(_ path: String) throws(Failure) -> (path: String, kind: Kind) {
        var target = StorePaths.resolve(path)
        var info = stat()
        if lstat(target, &info) != 0 {
            guard errno == ENOENT else { throw Failure(reason: DutchSystemError.dutch(errno)) }
            guard !RawArguments.isRepaired(path) else {
                throw Failure(reason: DutchFileReason.repairedName)
            }
            return (target, .replace(mode: nil))
        }
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let real = realpath(target, nil) else {
                throw Failure(reason: DutchFileReason.danglingLink)
            }
            target = String(cString: real)
            free(real)
            guard stat(target, &info) == 0 else { throw Failure(reason: DutchSystemError.dutch(errno)) }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return (target, .replace(mode: info.st_mode & 0o7777))
        case S_IFCHR, S_IFIFO: return (target, .inPlace)
        case S_IFDIR: throw Failure(reason: DutchFileReason.isFolder)
        default: throw Failure(reason: DutchFileReason.notRegularFile)
        }
    }

    /// Temporary file in the same directory, fsync, rename: all or nothing.
    private static func replace(_ target: String, with bytes: [UInt8], mode: mode_t?) throws(Failure) {
        let directory = (target as NSString).deletingLastPathComponent
        // A short name of its own: the target's name plus a suffix could pass the 255-byte limit.
        let temporary =
            (directory.isEmpty ? "." : directory) + "/.sterk-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw Failure(reason: DutchSystemError.dutch(errno)) }
        var failure = StandardStream.write(bytes, to: descriptor)
        if failure == nil, let mode, fchmod(descriptor, mode) != 0 { failure = errno }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        // Look again just before the rename: something other than a regular file may have
        // appeared since the first look; never rename over it.
        if failure == nil, let changed = changedUnderneath(target) { failure = changed }
        if failure == nil, rename(temporary, target) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw Failure(reason: DutchSystemError.dutch(failure))
        }
    }

    /// EEXIST when `path` now exists as anything but a regular file; nil when it is safe.
    private static func changedUnderneath(_ path: String) -> Int32? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT == S_IFREG ? nil : EEXIST
    }

    /// A device or FIFO: opened without creating or truncating, then written.
    private static func writeInPlace(_ target: String, _ bytes: [UInt8]) throws(Failure) {
        let descriptor = open(target, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(reason: DutchSystemError.dutch(errno)) }
        let failure = StandardStream.write(bytes, to: descriptor)
        close(descriptor)
        if let failure { throw Failure(reason: DutchSystemError.dutch(failure)) }
    }
}
