import SterkStore
import Testing
@testable import SterkUI

/// The form applies the CLI's date rule (`VisitDateRule`): a past date is refused with a Dutch
/// message, and saving the same date again records it anyway (the CLI's `--toch`).
@Suite("Werkbezoeken: het formulier weigert een datum in het verleden")
struct VisitFormPastDateTests {
    static let complete = [
        "Ömer Küçük", "Tweede Kamerlid", "D66", "", "", "Zeist", "Vollenhove",
    ]
    static let rest = ["09:30", "Wijkcentrum De Boog", "Ontvangst", "", "Jan de Vries"]

    private func fill(_ dashboard: inout Dashboard, date: String) {
        dashboard.press(.newVisit)
        for value in Self.complete + [date] + Self.rest {
            dashboard.type(value)
            dashboard.press(.formNextField)
        }
    }

    @Test("verleden datum: geweigerd met een melding bij het veld; nogmaals opslaan legt het toch vast")
    func pastDateRefusedThenRecordedOnSecondSave() throws {
        var dashboard = try Dashboard.visits(VisitStoreFixture())
        fill(&dashboard, date: "2026-01-15 10:00-12:00")  // the fixture's clock is 20-02-2026
        #expect(dashboard.press(.formSave).isEmpty, "a past date is not sent at the first save")
        let message = try #require(dashboard.form?.messages[.proposed])
        #expect(message.hasPrefix("do 15-01-2026, 10:00–12:00 ligt in het verleden; kies een datum in de toekomst"))
        #expect(message.contains("sla nogmaals op"))
        #expect(dashboard.form?.messages.count == 1)
        #expect(dashboard.screen(120, 40).contains("ligt in het verleden"))
        let effects = dashboard.press(.formSave)
        guard case let .app(.createVisit(details))? = effects.first else {
            Issue.record("the second save records the visit anyway, got \(effects)")
            return
        }
        #expect(details.proposed == VisitStoreFixture.slot("2026-01-15 10:00-12:00"))
    }

    @Test("een andere verleden datum na de weigering wordt opnieuw geweigerd; een toekomstige gaat meteen")
    func changedDateIsCheckedAgain() throws {
        var dashboard = try Dashboard.visits(VisitStoreFixture())
        fill(&dashboard, date: "2026-01-15 10:00")
        dashboard.press(.formSave)
        #expect(dashboard.form?.focusedField?.id == .proposed, "the refusal puts the focus on the date")
        dashboard.key(.end)
        for _ in 0..<16 { dashboard.press(.formDeleteBackward) }
        dashboard.type("2026-01-16 10:00")
        #expect(dashboard.press(.formSave).isEmpty, "a different past date is refused again")
        for _ in 0..<16 { dashboard.press(.formDeleteBackward) }
        dashboard.type("2026-03-16 10:00")
        guard case .app(.createVisit)? = dashboard.press(.formSave).first else {
            Issue.record("a future date is sent at once")
            return
        }
    }

    @Test("ook het allereerste bezoek (nog geen bestand) valt onder de regel")
    func firstVisitWithoutStoreFile() throws {
        var options = DashboardOptions()
        options.werkbezoeken = .missing(path: "/tmp/nog-niet.sqlite", now: VisitStoreFixture.clock)
        var dashboard = Fixtures.dashboard(options)
        dashboard.show(.werkbezoeken)
        fill(&dashboard, date: "15-01-2026 10:00")
        #expect(dashboard.press(.formSave).isEmpty)
        #expect(dashboard.form?.messages[.proposed]?.contains("ligt in het verleden") == true)
    }
}
