import Foundation
import SterkStore
import Testing

@Suite("Levenscyclus van een werkbezoek")
struct LifecycleTests {
    @Test("nieuw werkbezoek krijgt WB-jaar-001 en staat op aangevraagd", arguments: StoreBackend.available)
    func createAssignsReference(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let store = try fixture.open()
        let date = Samples.slot("2026-02-01 12:00").start
        let first = try store.create(Samples.details(), actor: "anna", at: date)
        let second = try store.create(Samples.details(visitor: "Piet Bos"), actor: "anna", at: date)
        #expect(first.reference.description == "WB-2026-001")
        #expect(second.reference.description == "WB-2026-002")
        #expect(first.status == .aangevraagd)
        #expect(try store.visit(first.reference) == first)
    }

    @Test("de nummering begint elk jaar opnieuw en telt door na een import", arguments: StoreBackend.available)
    func numberingPerYear(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let store = try fixture.open()
        _ = try store.create(Samples.details(), actor: "a", at: Samples.slot("2025-12-31 23:30").start)
        let next = try store.create(Samples.details(), actor: "a", at: Samples.slot("2026-01-01 00:30").start)
        #expect(next.reference.description == "WB-2026-001")
        let imported = Werkbezoek(
            reference: VisitReference(year: 2026, number: 41), details: Samples.details(),
            status: .aangevraagd, createdAt: Date(), updatedAt: Date())
        let created = HistoryEntry(
            id: 0, reference: imported.reference, at: Date(), actor: "a", kind: .created,
            from: nil, to: .aangevraagd, note: "")
        _ = try store.importVisits([ArchivedVisit(visit: imported, history: [created])])
        let after = try store.create(Samples.details(), actor: "a", at: Samples.slot("2026-05-01 10:00").start)
        #expect(after.reference.description == "WB-2026-042")
    }

    @Test(
        "de hele weg aangevraagd → in voorbereiding → bevestigd → afgerond, met geschiedenis",
        arguments: StoreBackend.available)
    func fullLifecycle(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let (store, visit) = try fixture.withVisit()
        let reference = visit.reference
        _ = try store.changeStatus(
            .init(reference: reference, target: .inVoorbereiding, note: "programma in de maak", actor: "anna"))
        _ = try store.changeStatus(
            .init(
                reference: reference, target: .bevestigd, note: "", actor: "bert",
                confirmed: Samples.slot("2026-03-14 10:00-13:00")))
        _ = try store.changeStatus(.init(reference: reference, target: .afgerond, note: "goed bezoek", actor: "anna"))

        let stored = try #require(try store.visit(reference))
        #expect(stored.status == .afgerond)
        #expect(stored.details.confirmed == Samples.slot("2026-03-14 10:00-13:00"))
        let history = try store.history(reference)
        #expect(history.map(\.kind) == [.created, .status, .status, .status])
        #expect(history.map(\.from) == [nil, .aangevraagd, .inVoorbereiding, .bevestigd])
        #expect(history.map(\.to) == [.aangevraagd, .inVoorbereiding, .bevestigd, .afgerond])
        #expect(history.map(\.actor) == ["tester", "anna", "bert", "anna"])
        #expect(history[1].note == "programma in de maak")
        #expect(history.map(\.id) == history.map(\.id).sorted())
    }

    @Test("uitstellen en annuleren bewaren de reden", arguments: StoreBackend.available)
    func postponeAndCancelKeepReason(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let (store, visit) = try fixture.withVisit()
        _ = try store.changeStatus(
            .init(reference: visit.reference, target: .uitgesteld, note: "  Kamerdebat  ", actor: "a"))
        #expect(try store.visit(visit.reference)?.statusReason == "Kamerdebat")
        _ = try store.changeStatus(.init(reference: visit.reference, target: .inVoorbereiding, actor: "a"))
        #expect(try store.visit(visit.reference)?.statusReason == nil)
        _ = try store.changeStatus(
            .init(reference: visit.reference, target: .geannuleerd, note: "verkiezingen", actor: "a"))
        let stored = try #require(try store.visit(visit.reference))
        #expect(stored.status == .geannuleerd)
        #expect(stored.statusReason == "verkiezingen")
        #expect(try store.history(visit.reference).last?.note == "verkiezingen")
    }

    @Test("wijzigen van gegevens komt in de geschiedenis met de gewijzigde velden", arguments: StoreBackend.available)
    func editRecordsHistory(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let (store, visit) = try fixture.withVisit()
        var details = visit.details
        details.notes = "Nieuwe notitie"
        details.wijkIDs = ["vollenhove", "noord"]
        let updated = try store.update(visit.reference, details: details, actor: "cor", note: "na telefoontje")
        #expect(updated.details.notes == "Nieuwe notitie")
        let last = try #require(try store.history(visit.reference).last)
        #expect(last.kind == .edited)
        #expect(last.note == "na telefoontje (gewijzigd: wijken, notities)")
        _ = try store.update(visit.reference, details: details, actor: "cor")
        #expect(try store.history(visit.reference).count == 2, "an edit without changes adds no entry")
    }

    @Test("overzicht filtert op status en geeft de laatste wijziging", arguments: StoreBackend.available)
    func listAndLastChange(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let (store, first) = try fixture.withVisit()
        let second = try store.create(Samples.details(visitor: "Piet Bos"), actor: "a", at: Date())
        _ = try store.changeStatus(.init(reference: second.reference, target: .inVoorbereiding, note: "x", actor: "b"))
        #expect(try store.visits(statuses: []).map(\.reference) == [first.reference, second.reference])
        #expect(try store.visits(statuses: [.inVoorbereiding]).map(\.reference) == [second.reference])
        let last = try store.lastChanges([first.reference, second.reference])
        #expect(last[first.reference]?.kind == .created)
        #expect(last[second.reference]?.to == .inVoorbereiding)
    }
}
