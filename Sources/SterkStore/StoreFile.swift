import Foundation

/// Checks and creates the database file before SQLite sees it.
///
/// We create the file ourselves (0600, in a 0700 directory) because SQLite would create it
/// with the umask's mode, and SQLite gives the -wal and -shm files the mode of the main file.
/// We check the header ourselves so that a file that is not a database is refused before
/// SQLite could ever write to it.
enum StoreFile {
    static let sqliteHeader = Array("SQLite format 3\0".utf8)

    /// Makes sure `path` can be opened: creates it (and missing directories) when writing.
    static func prepare(_ path: String, readOnly: Bool) throws(StoreError) {
        let directory = parentDirectory(of: path)
        if !readOnly { try createDirectories(directory) }
        guard FileManager.default.fileExists(atPath: path) else {
            if readOnly { throw StoreError.storeMissing(path: path) }
            try requireWritableDirectory(directory)
            try createEmptyFile(path)
            return
        }
        try checkHeader(path)
        // WAL needs its -shm/-wal files next to the database even to read.
        try requireWritableDirectory(directory)
    }

    /// Refuses a non-empty file that does not start with SQLite's magic header.
    static func checkHeader(_ path: String) throws(StoreError) {
        // Look before opening: opening a FIFO for reading waits, silently, for a writer.
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG, info.st_mode & S_IFMT != S_IFDIR {
            throw StoreError.cannotOpen(path: path, reason: DutchStoreDetail.notARegularFile)
        }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw StoreError.cannotOpen(path: path, reason: DutchStoreDetail.reason(errno)) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw StoreError.cannotOpen(path: path, reason: DutchStoreDetail.isADirectory)
        }
        var header = [UInt8](repeating: 0, count: sqliteHeader.count)
        let count = read(descriptor, &header, header.count)
        if count == 0 { return }  // An empty file is a new database (we may have created it).
        guard count == header.count, header == sqliteHeader else { throw StoreError.notADatabase(path: path) }
    }

    private static func createEmptyFile(_ path: String) throws(StoreError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            close(descriptor)
        } else if errno != EEXIST {  // EEXIST: another sterk created it just now; fine.
            throw StoreError.cannotCreate(path: path, reason: DutchStoreDetail.reason(errno))
        }
    }

    private static func createDirectories(_ directory: String) throws(StoreError) {
        var current = ""
        for component in directory.split(separator: "/") {
            current += "/" + component
            var status = stat()
            if stat(current, &status) == 0 { continue }
            if mkdir(current, 0o700) != 0 && errno != EEXIST {
                throw StoreError.cannotCreate(path: current, reason: DutchStoreDetail.reason(errno))
            }
        }
    }

    private static func requireWritableDirectory(_ directory: String) throws(StoreError) {
        // AT_EACCESS: check with the effective ids, as open() will.
        guard faccessat(AT_FDCWD, directory, W_OK | X_OK, AT_EACCESS) == 0 else {
            throw StoreError.directoryNotWritable(path: directory)
        }
    }

    static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
