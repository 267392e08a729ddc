import Foundation
import SterkStore

/// Werkbezoek import: any file gives visits or one Dutch error, never a trap; and whatever
/// the store accepts, it can read back, export, and add a new visit after (issue 11 item 2:
/// an imported reference once made the next `nieuw` write a store nobody could read).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let visits: [ArchivedVisit]
    do {
        visits = try VisitExport.decode(Data(bytes: data, count: size))
    } catch {
        _ = error.message
        return 0
    }
    let path = FuzzStore.freshPath()
    defer { FuzzStore.remove(path) }
    do {
        let store = try SQLiteWerkbezoekStore(path: path)
        _ = try store.importVisits(visits)
        // What `nieuw` does next, in the year of each imported reference (mid-year, so any zone gives that year).
        for archived in visits.prefix(3) {
            let mid = DateComponents(timeZone: TimeSlot.timeZone, year: archived.visit.reference.year, month: 7, day: 1)
            guard let date = TimeSlot.calendar.date(from: mid) else { continue }
            _ = try? store.create(archived.visit.details, actor: "fuzz", at: date)
        }
    } catch {
        _ = error.message   // refusing is fine
        return 0
    }
    do {
        let reader = try SQLiteWerkbezoekStore(path: path, readOnly: true)
        let all = try reader.visits(statuses: [])
        _ = try reader.search("a")
        _ = try reader.lastChanges(all.map(\.reference))
        _ = try VisitExport.encode(try reader.archive())
        _ = try VisitExport.encodeList(all)
    } catch {
        fatalError("de store is na een geslaagde import onleesbaar: \(error.message)")
    }
    return 0
}

/// Store files on a memory file system where there is one: every commit syncs to disk.
enum FuzzStore {
    static let directory: String = {
        // scripts/fuzz.sh names a directory it removes afterwards.
        if let given = ProcessInfo.processInfo.environment["FUZZ_TMPDIR"], !given.isEmpty { return given }
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let path = base + "/sterk-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        return path
    }()

    static func freshPath() -> String { directory + "/store.sqlite" }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }
}
