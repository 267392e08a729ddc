import SterkStore
import Testing
@testable import SterkUI

@Suite("Werkbezoeken: status wijzigen en notities")
struct VisitStatusChangeTests {
    private func dashboard(selecting reference: String) throws -> Dashboard {
        var dashboard = try Dashboard.visits(VisitStoreFixture())
        while dashboard.selectedVisit?.reference.description != reference, dashboard.state.current.cursor.selected < 4 {
            dashboard.press(.moveDown)
        }
        return dashboard
    }

    @Test(
        "alleen de toegestane volgende statussen worden aangeboden",
        arguments: ["WB-2026-001", "WB-2026-002", "WB-2026-003", "WB-2026-004"])
    func onlyAllowedStatuses(_ reference: String) throws {
        var dashboard = try dashboard(selecting: reference)
        let visit = try #require(dashboard.selectedVisit)
        dashboard.press(.changeVisitStatus)
        let field = try #require(dashboard.form?.field(.newStatus))
        guard case let .choice(options, _, _) = field.kind else { Issue.record("not a choice"); return }
        #expect(options == visit.status.allowedNext.map(\.rawValue))
        #expect(dashboard.form?.intro == ["Huidige status: \(visit.status)"])
    }

    @Test("uitstellen vraagt om een reden; met reden gaat het effect naar de store")
    func reasonRequired() throws {
        var dashboard = try dashboard(selecting: "WB-2026-004")
        dashboard.press(.changeVisitStatus)
        dashboard.press(.formCursorRight)
        #expect(dashboard.form?.value(.newStatus) == "uitgesteld")
        #expect(dashboard.form?.liveHints[.reason] == "verplicht bij deze status")
        #expect(dashboard.press(.formSave).isEmpty)
        #expect(dashboard.form?.messages[.reason] == "verplicht bij ‘uitgesteld’: zeg waarom")
        #expect(dashboard.form?.focusedField?.id == .reason)
        dashboard.type("Kamerdebat")
        let reference = try #require(VisitReference("WB-2026-004"))
        #expect(
            dashboard.press(.formSave) == [
                .store(
                    .changeStatus(
                        reference: reference, to: .uitgesteld, note: "Kamerdebat",
                        expecting: .aangevraagd, confirmed: nil))
            ])
    }

    @Test("bevestigen zonder afgesproken datum vraagt die datum (voorgesteld staat al ingevuld)")
    func confirmNeedsDate() throws {
        var dashboard = try dashboard(selecting: "WB-2026-003")
        dashboard.press(.changeVisitStatus)
        #expect(dashboard.form?.value(.newStatus) == "bevestigd")
        #expect(dashboard.form?.value(.confirmed) == "20-05-2026 09:00")
        dashboard.press(.formNextField)
        dashboard.press(.formNextField)
        for _ in 0..<16 { dashboard.press(.formDeleteBackward) }
        #expect(dashboard.press(.formSave).isEmpty)
        #expect(
            dashboard.form?.messages[.confirmed] == "een bevestigd werkbezoek heeft een bevestigde datum en tijd nodig")
        dashboard.type("2026-05-21 10:00-12:00")
        let effects = dashboard.press(.formSave)
        guard case let .app(.changeStatus(_, to, _, expecting, confirmed))? = effects.first else {
            Issue.record("no status change: \(effects)")
            return
        }
        #expect(to == .bevestigd && expecting == .inVoorbereiding)
        #expect(confirmed == VisitStoreFixture.slot("2026-05-21 10:00-12:00"))
    }

    @Test("een eindstatus kan niet meer veranderen")
    func finalStatus() throws {
        let fixture = try VisitStoreFixture()
        _ = try fixture.store.changeStatus(
            StatusChangeRequest(
                reference: #require(VisitReference("WB-2026-001")),
                target: .afgerond, actor: "anna", at: VisitStoreFixture.at(minutes: 300)))
        var dashboard = try Dashboard.visits(fixture)
        dashboard.press(.changeVisitStatus)
        #expect(dashboard.form == nil)
        #expect(dashboard.statusText == "WB-2026-001 heeft eindstatus ‘afgerond’; de status kan niet meer veranderen.")
    }

    @Test("notities bewerken: alleen opslaan als ze veranderd zijn")
    func notes() throws {
        var dashboard = try Dashboard.visits(VisitStoreFixture())
        dashboard.press(.editVisitNotes)
        #expect(dashboard.form?.value(.notes) == "Parkeren bij het gemeentehuis.")
        #expect(dashboard.press(.formSave).isEmpty)
        #expect(dashboard.statusText == "Notities niet gewijzigd; er is niets opgeslagen.")
        dashboard.press(.editVisitNotes)
        dashboard.type(" Lift aanwezig.")
        let reference = try #require(VisitReference("WB-2026-001"))
        #expect(
            dashboard.press(.formEnter) == [
                .store(
                    .updateNotes(
                        reference: reference,
                        notes: "Parkeren bij het gemeentehuis. Lift aanwezig."))
            ])
    }
}
