import SterkStore
import Testing
@testable import SterkUI

/// People see one date form everywhere (dd-mm-jjjj); ISO dates are for machine output only.
@Suite("Datums: één vorm voor mensen")
struct DateFormatTests {
    /// "2023-09-20" anywhere in a screen.
    static func isoDates(in text: String) -> [String] {
        let pattern = /\b(19|20)\d\d-[01]\d-[0-3]\d\b/
        return text.matches(of: pattern).map { String($0.output.0) }
    }

    @Test("Bronnen: tabel en detail tonen dezelfde datum")
    func sourceTableMatchesDetail() throws {
        var dashboard = Fixtures.dashboard(width: 120, height: 40)
        dashboard.show(.bronnen)
        let table = dashboard.screen(120, 40)
        #expect(Self.isoDates(in: table).isEmpty, "ISO in the table: \(Self.isoDates(in: table))")
        dashboard.press(.openDetail)
        let detail = dashboard.screen(120, 40)
        let dates = table.split(separator: "\n").filter { $0.contains("▶") }
            .compactMap { $0.firstMatch(of: /\d\d-\d\d-\d{4}/).map { String($0.output) } }
        let date = try #require(dates.first, "the selected row shows a dd-mm-jjjj date")
        #expect(detail.contains(date), "the detail shows the table's date \(date)")
    }

    @Test("elk paneel, ook Werkbezoeken met detail en geschiedenis: geen ISO-datum op het scherm")
    func noISODateOnAnyPanel() throws {
        var dashboard = try Dashboard.visits(VisitStoreFixture(), width: 160, height: 45)
        for panel in Panel.allCases {
            dashboard.show(panel)
            let screen = dashboard.screen(160, 45)
            #expect(Self.isoDates(in: screen).isEmpty, "\(panel): \(Self.isoDates(in: screen))")
        }
        dashboard.show(.werkbezoeken)
        dashboard.press(.openDetail)
        for _ in 0..<40 { dashboard.press(.moveDown) }
        let detail = dashboard.screen(160, 45)
        #expect(detail.contains("za 14-03-2026, 10:00–14:00"))
        #expect(Self.isoDates(in: detail).isEmpty, "detail: \(Self.isoDates(in: detail))")
    }
}
