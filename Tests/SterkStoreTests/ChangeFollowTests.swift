import Foundation
import SterkStore
import Testing

/// An open dashboard follows changes by reading only the visits that changed since its last
/// read (`StoreChangeWatch.changes(since:)`), on both back ends.
@Suite("Alleen lezen wat veranderde")
struct ChangeFollowTests {
    @Test(
        "na een wijziging door een andere client komt alleen dat bezoek terug, met zijn hele geschiedenis",
        arguments: StoreBackend.available)
    func onlyTheChangedVisit(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let writer = try fixture.open()
        let created = try (1...5).map { _ in try writer.create(Samples.details(), actor: "anna", at: Date()) }
        let watcher = try #require(try fixture.open(readOnly: true) as? StoreChangeWatch)
        let everything = try watcher.markedArchive()
        #expect(everything.visits.map(\.visit.reference) == created.map(\.reference))

        let changed = created[2].reference
        _ = try writer.changeStatus(.init(reference: changed, target: .inVoorbereiding, note: "gepland", actor: "bert"))
        let first = try watcher.changes(since: everything.mark)
        #expect(first.visits.map(\.visit.reference) == [changed])
        #expect(first.visits.first?.visit.status == .inVoorbereiding)
        #expect(first.visits.first?.history.map(\.to) == [.aangevraagd, .inVoorbereiding])

        #expect(try watcher.changes(since: first.mark).visits.isEmpty, "nothing new, nothing read")

        let added = try writer.create(Samples.details(visitor: "Piet Bos"), actor: "anna", at: Date())
        let second = try watcher.changes(since: first.mark)
        #expect(second.visits.map(\.visit) == [added])
        #expect(second.visits.map(\.history.count) == [1])
    }

    @Test("een import komt mee als verandering, met de geïmporteerde geschiedenis", arguments: StoreBackend.available)
    func importIsAChange(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let writer = try fixture.open()
        _ = try writer.create(Samples.details(), actor: "anna", at: Date())
        let watcher = try #require(try fixture.open(readOnly: true) as? StoreChangeWatch)
        let mark = try watcher.markedArchive().mark
        let visit = Werkbezoek(
            reference: VisitReference(year: 2025, number: 7), details: Samples.details(visitor: "Els Kok"),
            status: .aangevraagd, createdAt: Date(), updatedAt: Date())
        let history = HistoryEntry(
            id: 0, reference: visit.reference, at: Date(), actor: "elders", kind: .created, from: nil,
            to: .aangevraagd, note: "")
        _ = try writer.importVisits([ArchivedVisit(visit: visit, history: [history])])
        let changes = try watcher.changes(since: mark)
        #expect(changes.visits.map(\.visit.reference) == [visit.reference])
        #expect(changes.visits.first?.history.map(\.actor) == ["elders"])
    }
}
