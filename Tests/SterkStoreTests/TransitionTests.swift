import Foundation
import SterkStore
import Testing

@Suite("Statusovergangen")
struct TransitionTests {
    @Test(
        "elke overgang buiten de levenscyclus wordt geweigerd",
        arguments: VisitStatus.allCases)
    func onlyAllowedTransitionsPass(from: VisitStatus) {
        for target in VisitStatus.allCases where target != from {
            let allowed = from.allowedNext.contains(target)
            let result = Result { () throws(StoreError) in
                try StatusTransition.check(
                    from: from, to: target, note: "reden", confirmed: Samples.slot("2026-03-14 10:00"))
            }
            if allowed {
                #expect(throws: Never.self, "\(from) → \(target)") { try result.get() }
            } else {
                #expect(throws: StoreError.invalidTransition(from: from, to: target)) { try result.get() }
            }
        }
    }

    @Test("aangevraagd kan niet direct naar bevestigd, met een duidelijke melding", arguments: StoreBackend.available)
    func skipIsRefusedWithMessage(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let (store, visit) = try fixture.withVisit()
        let request = StatusChangeRequest(
            reference: visit.reference, target: .bevestigd, actor: "a",
            confirmed: Samples.slot("2026-03-14 10:00"))
        let error = #expect(throws: StoreError.self) { try store.changeStatus(request) }
        #expect(error == .invalidTransition(from: .aangevraagd, to: .bevestigd))
        #expect(error?.message.contains("kan niet naar ‘bevestigd’") == true)
        #expect(error?.message.contains("‘in voorbereiding’") == true)
        #expect(try store.visit(visit.reference)?.status == .aangevraagd)
        #expect(try store.history(visit.reference).count == 1, "a refused change leaves no history")
    }

    @Test(
        "uitstellen of annuleren zonder reden wordt geweigerd", arguments: StoreBackend.available,
        [VisitStatus.uitgesteld, .geannuleerd])
    func reasonRequired(backend: StoreBackend, target: VisitStatus) throws {
        let fixture = try StoreFixture(backend)
        let (store, visit) = try fixture.withVisit()
        #expect(throws: StoreError.reasonRequired(target)) {
            try store.changeStatus(.init(reference: visit.reference, target: target, note: "   ", actor: "a"))
        }
    }

    @Test("bevestigen zonder bevestigde datum wordt geweigerd", arguments: StoreBackend.available)
    func confirmNeedsDate(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let (store, visit) = try fixture.withVisit()
        _ = try store.changeStatus(.init(reference: visit.reference, target: .inVoorbereiding, actor: "a"))
        #expect(throws: StoreError.confirmedDateRequired) {
            try store.changeStatus(.init(reference: visit.reference, target: .bevestigd, actor: "a"))
        }
    }

    @Test(
        "eindstatus, dezelfde status, onbekende referentie en een tussentijdse wijziging worden geweigerd",
        arguments: StoreBackend.available)
    func otherRefusals(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let (store, visit) = try fixture.withVisit()
        let reference = visit.reference
        #expect(throws: StoreError.sameStatus(.aangevraagd)) {
            try store.changeStatus(.init(reference: reference, target: .aangevraagd, actor: "a"))
        }
        #expect(
            throws: StoreError.concurrentChange(
                reference: reference.description, expected: .inVoorbereiding, actual: .aangevraagd)
        ) {
            try store.changeStatus(
                .init(reference: reference, target: .bevestigd, actor: "a", expecting: .inVoorbereiding))
        }
        let missing = VisitReference(year: 2020, number: 1)
        #expect(throws: StoreError.visitNotFound("WB-2020-001")) {
            try store.changeStatus(.init(reference: missing, target: .inVoorbereiding, actor: "a"))
        }
        _ = try store.changeStatus(.init(reference: reference, target: .geannuleerd, note: "weg", actor: "a"))
        let error = #expect(throws: StoreError.self) {
            try store.changeStatus(.init(reference: reference, target: .inVoorbereiding, actor: "a"))
        }
        #expect(error?.message.contains("eindstatus") == true)
    }

    @Test("ontbrekende verplichte velden worden samen gemeld", arguments: StoreBackend.available)
    func missingFieldsReportedTogether(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let store = try fixture.open()
        let details = VisitDetails(visitors: [Visitor(name: "Piet", role: "", organisation: "")], municipalityCode: " ")
        let error = #expect(throws: StoreError.self) { try store.create(details, actor: "a", at: Date()) }
        guard case .invalidVisit(let problems)? = error else {
            Issue.record("expected invalidVisit, got \(String(describing: error))")
            return
        }
        #expect(problems.count == 4)
        #expect(problems.contains("bij bezoeker 1 ontbreekt: rol, partij/organisatie"))
        #expect(try store.visitCount() == 0)
    }

    @Test(
        "status uit gebruikerstekst",
        arguments: [
            ("in-voorbereiding", VisitStatus.inVoorbereiding), ("In Voorbereiding", .inVoorbereiding),
            ("voorbereiding", .inVoorbereiding), ("BEVESTIGD", .bevestigd), ("geannuleerd", .geannuleerd),
        ])
    func parseStatus(text: String, expected: VisitStatus) throws {
        #expect(try VisitStatus(userText: text) == expected)
    }
}
