import Foundation
import Testing

/// A temporary folder with a real SQLite werkbezoek store, filled through the real binary.
struct VisitStoreFixture {
    let folder: URL
    var store: String { folder.appendingPathComponent("werkbezoeken.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sterk-visits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// A path inside the folder.
    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Runs `sterk werkbezoek …` on this store.
    func run(_ arguments: [String], stdoutPath: String? = nil) throws -> SterkBinary.Result {
        try SterkBinary.run(["werkbezoek"] + arguments + ["--store", store], stdoutPath: stdoutPath)
    }

    /// The arguments of a complete `nieuw`, with `extra` flags appended.
    static func newVisit(
        visitor: String = "Fatima el Amraní|Tweede Kamerlid|CDA|f.elamrani@tk.nl",
        _ extra: [String] = []
    ) -> [String] {
        [
            "nieuw", "--bezoeker", visitor, "--gemeente", "Zeist", "--wijk", "Vollenhove",
            "--voorgesteld", "2027-03-14 10:00-14:00", "--programma", "10:00|Wijkcentrum De Boog|Ontvangst|wethouder",
            "--contact", "Jan de Vries", "--contact-email", "j.devries@zeist.nl",
        ] + extra
    }

    /// Records one visit and confirms it; returns its reference.
    @discardableResult
    func confirmedVisit(visitor: String = "Fatima el Amraní|Tweede Kamerlid|CDA|f.elamrani@tk.nl") throws -> String {
        let created = try run(Self.newVisit(visitor: visitor))
        try #require(created.status == 0, "nieuw: \(created.stderr)")
        let reference = String(created.stdout.prefix { $0 != " " })
        for step in [["in-voorbereiding"], ["bevestigd", "--datum", "2027-03-14 10:00-14:00"]] {
            let moved = try run(["zet", reference] + step)
            try #require(moved.status == 0, "zet: \(moved.stderr)")
        }
        return reference
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
