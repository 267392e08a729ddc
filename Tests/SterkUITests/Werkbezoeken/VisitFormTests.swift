import SterkStore
import Testing
@testable import SterkUI

@Suite("Werkbezoeken: het formulier voor een nieuw bezoek")
struct VisitFormTests {
    /// Types into the focused field, then Tab.
    private func fill(_ dashboard: inout Dashboard, _ values: [String]) {
        for value in values {
            dashboard.type(value)
            dashboard.press(.formNextField)
        }
    }

    @Test("Tab en Shift-Tab gaan langs de velden; Enter ook, op het laatste veld slaat Enter op")
    func navigation() throws {
        var dashboard = try Dashboard.visits(VisitStoreFixture())
        dashboard.press(.newVisit)
        let form = try #require(dashboard.form)
        #expect(form.focusedField?.id == .visitorName(0))
        #expect(dashboard.activeContexts == Dashboard.formContexts(newVisit: true))
        dashboard.press(.formNextField)
        #expect(dashboard.form?.focusedField?.id == .visitorRole(0))
        dashboard.press(.formPreviousField)
        dashboard.press(.formPreviousField)
        #expect(dashboard.form?.focus == 0, "stays on the first field")
        dashboard.press(.formEnter)
        #expect(dashboard.form?.focusedField?.id == .visitorRole(0))
        dashboard.key(.end)
        while dashboard.form?.focus != (dashboard.form?.fields.count ?? 0) - 1 { dashboard.press(.formNextField) }
        #expect(dashboard.form?.focusedField?.id == .notes)
        #expect(dashboard.press(.formEnter).isEmpty, "an empty form is not sent")
        #expect(dashboard.form?.messages.isEmpty == false)
    }

    @Test("elk ontbrekend veld krijgt meteen zijn eigen melding; de focus gaat naar het eerste")
    func validationMessages() throws {
        var dashboard = try Dashboard.visits(VisitStoreFixture())
        dashboard.press(.newVisit)
        dashboard.type("Fatima")
        dashboard.press(.formNextField)
        dashboard.press(.formNextField)
        dashboard.type("CDA")
        dashboard.press(.formSave)
        let form = try #require(dashboard.form)
        #expect(form.messages[.visitorRole(0)] == "rol ontbreekt")
        #expect(form.messages[.visitorName(0)] == nil)
        #expect(form.messages[.municipality] == "de gastgemeente ontbreekt")
        #expect(form.messages[.proposed] == "de voorgestelde datum en tijd ontbreken")
        #expect(form.messages[.hostName] == "de M50-contactpersoon (gastheer of gastvrouw) ontbreekt")
        #expect(form.focusedField?.id == .visitorRole(0))
        #expect(dashboard.statusText == "Niet opgeslagen: 4 velden kloppen niet (zie de meldingen).")
        dashboard.type("Kamerlid")
        #expect(dashboard.form?.messages[.visitorRole(0)] == nil, "after a first save, messages follow the typing")
    }

    @Test("gemeente: de treffer of suggesties staan er meteen bij; een verkeerde datum zegt wat er mis is")
    func municipalityAndDate() throws {
        var dashboard = try Dashboard.visits(VisitStoreFixture())
        dashboard.press(.newVisit)
        for _ in 0..<5 { dashboard.press(.formNextField) }
        #expect(dashboard.form?.focusedField?.id == .municipality)
        dashboard.type("sudwest-fryslan")
        #expect(dashboard.form?.liveHints[.municipality] == "✓ Súdwest-Fryslân (geen M50-lid)")
        for _ in 0..<15 { dashboard.press(.formDeleteBackward) }
        dashboard.type("Zeisd")
        #expect(dashboard.form?.liveHints[.municipality]?.hasPrefix("onbekende gemeente ‘Zeisd’; bedoelt u: ") == true)
        #expect(dashboard.form?.liveHints[.municipality]?.contains("Zeist") == true)
        dashboard.press(.formDeleteBackward)
        dashboard.type("t")
        #expect(dashboard.form?.liveHints[.municipality] == "✓ Zeist (M50-lid)")
        #expect(dashboard.form?.liveHints[.wijken]?.contains("Vollenhove") == true)
        dashboard.press(.formNextField)
        dashboard.type("Kerckebosch")
        dashboard.press(.formNextField)
        dashboard.type("14 maart")
        dashboard.press(.formSave)
        #expect(dashboard.form?.messages[.wijken]?.hasPrefix("onbekende wijk ‘Kerckebosch’") == true)
        #expect(dashboard.form?.messages[.proposed]?.hasPrefix("‘14 maart’ is geen datum en tijd") == true)
        #expect(dashboard.screen(120, 40).contains("‘14 maart’ is geen datum en tijd"))
    }

    @Test("een volledig formulier wordt één store-effect; het bezoek komt terug en is gekozen")
    func saveSendsEffect() throws {
        let fixture = try VisitStoreFixture()
        var dashboard = try Dashboard.visits(fixture)
        dashboard.press(.newVisit)
        fill(
            &dashboard,
            [
                "Ömer Küçük", "Tweede Kamerlid", "D66", "o.kucuk@tweedekamer.nl", "", "Zeist", "Vollenhove",
                "2026-03-20 09:30-12:00", "09:30", "Wijkcentrum De Boog", "Ontvangst", "", "Jan de Vries",
            ])
        let effects = dashboard.press(.formSave)
        guard case let .app(.createVisit(details))? = effects.first else {
            Issue.record("expected a createVisit effect, got \(effects)")
            return
        }
        #expect(
            details.visitors == [
                Visitor(
                    name: "Ömer Küçük", role: "Tweede Kamerlid", organisation: "D66",
                    email: "o.kucuk@tweedekamer.nl")
            ])
        #expect(details.municipalityCode == "GM0355" && details.wijkIDs == ["vollenhove"])
        #expect(
            details.programme == [
                ProgrammeItem(time: "09:30", place: "Wijkcentrum De Boog", what: "Ontvangst", who: "")
            ])
        #expect(details.hostContact == HostContact(name: "Jan de Vries"))
        #expect(dashboard.statusText == "Opslaan…")
        let created = try fixture.store.create(details, actor: "test", at: VisitStoreFixture.at(minutes: 200))
        _ = dashboard.update(
            .storeResult(
                .done(
                    .createVisit(details), reference: created.reference,
                    store: .loaded(try fixture.snapshot))))
        #expect(dashboard.form == nil)
        #expect(dashboard.selectedVisit?.reference == created.reference)
        #expect(dashboard.statusText == "WB-2026-005 vastgelegd: status aangevraagd.")
        #expect(dashboard.screen().contains("Ömer Küçük"))
    }

    @Test("als opslaan mislukt blijft alles staan, met de melding van de store")
    func failureKeepsInput() throws {
        var dashboard = try Dashboard.visits(VisitStoreFixture())
        dashboard.press(.newVisit)
        fill(&dashboard, ["Fatima", "Kamerlid", "CDA", "", "", "Zeist", "", "2026-03-20 09:30", "", "", "", "", "Jan"])
        let effects = dashboard.press(.formSave)
        guard case let .app(command)? = effects.first else { Issue.record("no effect"); return }
        let message =
            "/data/wb.sqlite bleef te lang bezet door een ander proces. Er is niets gewijzigd; probeer het opnieuw."
        _ = dashboard.update(.storeResult(.failed(command, message: message, store: nil)))
        let form = try #require(dashboard.form)
        #expect(form.value(.visitorName(0)) == "Fatima" && form.value(.municipality) == "Zeist")
        #expect(form.error == message)
        #expect(dashboard.statusText == "Niet opgeslagen: " + message)
        #expect(dashboard.screen().contains("bleef te lang bezet"))
        #expect(dashboard.press(.formSave).count == 1, "saving again is possible")
    }

    @Test("Esc sluit meteen als er niets is ingevuld, en vraagt het eerst als er wel iets staat")
    func cancel() throws {
        var dashboard = try Dashboard.visits(VisitStoreFixture())
        dashboard.press(.newVisit)
        dashboard.press(.formCancel)
        #expect(dashboard.form == nil)
        dashboard.press(.newVisit)
        dashboard.type("Fatima")
        dashboard.press(.formCancel)
        #expect(dashboard.form?.confirmingCancel == true)
        #expect(dashboard.screen().contains("Ingevulde gegevens weggooien?"))
        dashboard.type("h")
        #expect(dashboard.form?.confirmingCancel == false && dashboard.form?.value(.visitorName(0)) == "Fatimah")
        dashboard.press(.formCancel)
        dashboard.press(.formCancel)
        #expect(dashboard.form == nil)
        #expect(dashboard.statusText == "Formulier gesloten; er is niets opgeslagen.")
    }

    @Test("F4 en F3 voegen een bezoeker en een programmaonderdeel toe")
    func addRows() throws {
        var dashboard = try Dashboard.visits(VisitStoreFixture())
        dashboard.press(.newVisit)
        dashboard.press(.formAddVisitor)
        #expect(dashboard.form?.focusedField?.id == .visitorName(1))
        #expect(dashboard.form?.fields[5].id == .visitorName(1))
        dashboard.press(.formAddProgrammeItem)
        #expect(dashboard.form?.focusedField?.id == .programmeTime(1))
        #expect(dashboard.screen(120, 40).contains("Programmaonderdeel 2"))
    }

    @Test("invoer met cursor: ←/→, Home/End, Backspace, Delete; brede tekens en accenten")
    func editing() throws {
        var dashboard = try Dashboard.visits(VisitStoreFixture())
        dashboard.press(.newVisit)
        dashboard.type("Zeist")
        dashboard.press(.formCursorHome)
        dashboard.press(.formDeleteForward)
        dashboard.type("Ź")
        dashboard.press(.formCursorEnd)
        dashboard.press(.formDeleteBackward)
        dashboard.press(.formCursorLeft)
        dashboard.type("漢")
        #expect(dashboard.form?.value(.visitorName(0)) == "Źei漢s")
        let buffer = dashboard.view(width: 80, height: 24)
        let cursor = try #require(buffer.cursor)
        let line = buffer.line(cursor.y)
        #expect(line.contains("Źei漢s"))
        #expect(cursor.x == line.distance(of: "Źei漢s") + 5, "Ź e i = 3 cells, 漢 = 2 cells")
    }
}
