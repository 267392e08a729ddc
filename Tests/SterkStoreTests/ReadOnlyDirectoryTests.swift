import Foundation
import SterkStore
import Testing

@Suite("Alleen-lezen map")
struct ReadOnlyDirectoryTests {
    @Test("in een alleen-lezen map wordt niets aangemaakt en komt een duidelijke fout")
    func newStoreInReadOnlyDirectory() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("werkbezoeken.sqlite")
        try UnprivilegedFileAccess.handOver(directory.path)
        #expect(chmod(directory.path, 0o555) == 0)
        let error = try UnprivilegedFileAccess.run { () -> StoreError? in
            #expect(throws: StoreError.self) { try SQLiteWerkbezoekStore(path: path) }
        }
        #expect(error == .directoryNotWritable(path: directory.path))
        #expect(error?.message.contains("niet beschrijfbaar") == true)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("een bestaand bestand in een alleen-lezen map: duidelijke fout, bestand ongewijzigd")
    func existingStoreInReadOnlyDirectory() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("werkbezoeken.sqlite")
        _ = try Samples.storeWithVisit(in: directory)  // Closed again: no -wal/-shm left.
        let before = try bytes(of: path)
        try UnprivilegedFileAccess.handOver(directory.path)
        #expect(chmod(directory.path, 0o555) == 0)
        for readOnly in [false, true] {
            let error = try UnprivilegedFileAccess.run { () -> StoreError? in
                #expect(throws: StoreError.self) { try SQLiteWerkbezoekStore(path: path, readOnly: readOnly) }
            }
            #expect(error == .directoryNotWritable(path: directory.path))
        }
        #expect(try bytes(of: path) == before)
    }
}

/// Runs file-system work without root's power to ignore permissions.
///
/// Tests (and CI) often run as root, and root may write in any directory, so a read-only
/// directory would prove nothing. Linux's per-thread file-system uid (setfsuid) lets this
/// thread act as `nobody` for permission checks while other tests go on as they were.
/// The body must stay on this thread, so it is synchronous.
enum UnprivilegedFileAccess {
    private typealias SetFSUID = @convention(c) (UInt32) -> Int32
    private static let nobody: UInt32 = 65_534

    /// Gives `directory` and its files to the unprivileged user, as if that user had made them.
    static func handOver(_ directory: String) throws {
        guard geteuid() == 0 else { return }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
        for path in [directory] + names.map({ directory + "/" + $0 }) {
            try #require(chown(path, nobody, nobody) == 0, "chown \(path)")
        }
    }

    static func run<T>(_ body: () throws -> T) throws -> T {
        guard geteuid() == 0 else { return try body() }
        let symbol = try #require(dlsym(UnsafeMutableRawPointer(bitPattern: 0), "setfsuid"), "setfsuid not found")
        let setfsuid = unsafeBitCast(symbol, to: SetFSUID.self)
        _ = setfsuid(nobody)
        defer { _ = setfsuid(0) }
        try #require(setfsuid(UInt32.max) == Int32(nobody), "setfsuid did not take effect")
        return try body()
    }
}
