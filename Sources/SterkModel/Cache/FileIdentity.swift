#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What tells one version of a file from another without reading it: size, modification and
/// change times to the nanosecond, inode and device. Any write or replace changes one of them.
struct FileIdentity: Equatable {
    var size: UInt64
    var modified: (seconds: Int64, nanoseconds: Int64)
    var changed: (seconds: Int64, nanoseconds: Int64)
    var inode: UInt64
    var device: UInt64

    static func == (lhs: FileIdentity, rhs: FileIdentity) -> Bool {
        lhs.fields == rhs.fields
    }

    /// The identity as the eight numbers the cache header stores.
    var fields: [UInt64] {
        [
            size, UInt64(bitPattern: modified.seconds), UInt64(bitPattern: modified.nanoseconds),
            UInt64(bitPattern: changed.seconds), UInt64(bitPattern: changed.nanoseconds), inode, device,
        ]
    }

    /// The identity of the file at `path`; nil when it cannot be stat'ed or is not a regular file.
    static func of(_ path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Darwin)
            let modified = (Int64(info.st_mtimespec.tv_sec), Int64(info.st_mtimespec.tv_nsec))
            let changed = (Int64(info.st_ctimespec.tv_sec), Int64(info.st_ctimespec.tv_nsec))
        #else
            let modified = (Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec))
            let changed = (Int64(info.st_ctim.tv_sec), Int64(info.st_ctim.tv_nsec))
        #endif
        return FileIdentity(
            size: UInt64(info.st_size), modified: modified, changed: changed,
            inode: UInt64(info.st_ino), device: UInt64(info.st_dev))
    }
}
