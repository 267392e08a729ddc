import Foundation
import SterkStore
import Testing

/// Several real `sterk` processes on one file: nothing may be lost, whatever the timing.
@Suite("Meerdere processen tegelijk", .serialized)
struct ProcessTests {
    /// A store with one visit in preparation, ready for `_stress` (which toggles it).
    private func preparedStore(_ fixture: StoreFixture) throws -> (path: String, reference: VisitReference) {
        let store = try fixture.open()
        let visit = try store.create(Samples.details(), actor: "test", at: Date())
        _ = try store.changeStatus(.init(reference: visit.reference, target: .inVoorbereiding, actor: "test"))
        return (fixture.location, visit.reference)
    }

    @Test(
        "twee processen met elk 200 statuswijzigingen: alle 400 staan in de geschiedenis",
        arguments: StoreBackend.available)
    func concurrentWriters(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let directory = fixture.directory
        let (path, reference) = try preparedStore(fixture)
        let binary = try SterkBinary.withStressCommand(scratch: directory)
        let arguments = ["werkbezoek", "_stress", reference.description, "200", "--store", path]
        let writers = try (1...2).map {
            try ChildProcess(binary, arguments + ["--door", "proces\($0)"], outputPath: directory.file("out\($0)"))
        }
        let statuses = writers.map { $0.wait() }
        #expect(statuses == [0, 0], "stderr: \(writers.map(\.errorText))")

        let reported = writers.map { $0.outputLines.compactMap { Int64($0) } }
        #expect(reported.map(\.count) == [200, 200])
        let history = try fixture.open(readOnly: true).history(reference)
        let stressEntries = history.filter { $0.actor.hasPrefix("proces") }
        #expect(stressEntries.count == 400)
        #expect(Set(reported.joined()) == Set(stressEntries.map(\.id)))
        try expectUnbrokenChain(history)
    }

    @Test(
        "een schrijver die herhaaldelijk met SIGKILL wordt gestopt: database heel, elke gemelde wijziging aanwezig",
        arguments: StoreBackend.available)
    func killedWriter(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let directory = fixture.directory
        let (path, reference) = try preparedStore(fixture)
        let binary = try SterkBinary.withStressCommand(scratch: directory)
        var reported: [Int64] = []
        for round in 0..<6 {
            let writer = try ChildProcess(
                binary, ["werkbezoek", "_stress", reference.description, "100000", "--store", path],
                outputPath: directory.file("kill\(round)"))
            // Kill at a different moment each round, always in the middle of the write loop.
            try waitForLines(writer, atLeast: 5 + round * 7)
            writer.kill()
            reported += writer.outputLines.compactMap { Int64($0) }
        }
        let store = try fixture.open()
        if let file = store as? SQLiteWerkbezoekStore { #expect(try file.integrityCheck() == "ok") }
        let history = try store.history(reference)
        let stored = Set(history.map(\.id))
        #expect(reported.count >= 6 * 5)
        #expect(reported.filter { !stored.contains($0) }.isEmpty, "reported as committed but missing")
        try expectUnbrokenChain(history)
        #expect(try store.visit(reference)?.status == history.last?.to)
    }

    @Test(
        "twee processen die tegelijk een nieuwe store aanmaken en werkbezoeken vastleggen: unieke referenties",
        arguments: StoreBackend.available)
    func concurrentCreators(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let directory = fixture.directory
        let path = backend == .sqlite ? directory.file("nieuw/werkbezoeken.sqlite") : fixture.location
        let binary = try SterkBinary.withStressCommand(scratch: directory)
        let loop = """
            for i in $(seq 1 12); do "$0" werkbezoek nieuw --store "$1" --bezoeker "Proces $2 nummer $i|Kamerlid|D66" \
              --gemeente Zeist --voorgesteld "2099-06-01 10:00" --contact "Els de Wit" --door "proces$2" || exit 1; done
            """
        let creators = try (1...2).map {
            try ChildProcess("/bin/sh", ["-c", loop, binary, path, "\($0)"], outputPath: directory.file("new\($0)"))
        }
        #expect(creators.map { $0.wait() } == [0, 0], "stderr: \(creators.map(\.errorText))")
        let reader: any WerkbezoekStore =
            backend == .sqlite
            ? try SQLiteWerkbezoekStore(path: path, readOnly: true) : try fixture.open(readOnly: true)
        let visits = try reader.visits(statuses: [])
        #expect(visits.count == 24)
        #expect(Set(visits.map(\.reference)).count == 24)
        #expect(visits.map(\.reference.number).sorted() == Array(1...24))
    }

    /// Every status change starts where the previous one ended: no update was lost or interleaved.
    private func expectUnbrokenChain(_ history: [HistoryEntry]) throws {
        for (previous, next) in zip(history, history.dropFirst()) where next.kind == .status {
            #expect(
                next.from == previous.to,
                "entry \(next.id) starts at \(String(describing: next.from)), previous ended at \(previous.to)")
        }
    }

    private func waitForLines(_ process: ChildProcess, atLeast count: Int) throws {
        let deadline = Date().addingTimeInterval(60)
        while process.outputLines.count < count {
            let ended = process.exitedStatus()
            try #require(
                ended == nil && Date() < deadline,
                "writer stopped early (\(String(describing: ended))): \(process.errorText)")
            usleep(2_000)
        }
    }
}
