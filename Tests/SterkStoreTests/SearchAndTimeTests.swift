import Foundation
import SterkStore
import Testing

@Suite("Zoeken en tijden")
struct SearchAndTimeTests {
    @Test(
        "zoeken op referentie of bezoekersnaam, zonder op hoofdletters en accenten te letten",
        arguments: StoreBackend.available,
        [
            "amrani", "AMRANÍ", "fatima  EL", "Fatima el Amraní", "WB-2026-001", "wb-2026-001",
        ])
    func searchFindsVisit(backend: StoreBackend, query: String) throws {
        let fixture = try StoreFixture(backend)
        let store = try fixture.open()
        let visit = try store.create(Samples.details(), actor: "a", at: Samples.slot("2026-02-01 10:00").start)
        _ = try store.create(
            Samples.details(visitor: "Piet Bos"), actor: "a", at: Samples.slot("2026-02-01 10:00").start)
        #expect(try store.search(query).map(\.reference) == [visit.reference])
    }

    @Test("zoeken zonder treffer geeft niets", arguments: StoreBackend.available, ["Jansen", "WB-2026-099", "   "])
    func searchFindsNothing(backend: StoreBackend, query: String) throws {
        let fixture = try StoreFixture(backend)
        let (store, _) = try fixture.withVisit()
        #expect(try store.search(query).isEmpty)
    }

    @Test(
        "datum en tijd lezen in Nederlandse tijd",
        arguments: [
            ("2026-03-14 10:00", "2026-03-14 10:00"), ("2026-03-14T10:00-14:00", "2026-03-14 10:00-14:00"),
            ("14-03-2026 9.30", "2026-03-14 09:30"), ("2026-07-01 10:00–12:15", "2026-07-01 10:00-12:15"),
        ])
    func parseSlot(input: String, expected: String) throws {
        #expect(try TimeSlot(parsing: input).isoText == expected)
    }

    @Test("zomer- en wintertijd: 10:00 is 09:00 of 08:00 UTC")
    func timeZone() throws {
        #expect(try TimeSlot(parsing: "2026-01-10 10:00").start == Date(timeIntervalSince1970: 1_768_035_600))
        #expect(try TimeSlot(parsing: "2026-07-10 10:00").start == Date(timeIntervalSince1970: 1_783_670_400))
        #expect(try TimeSlot(parsing: "2026-03-14 10:00-14:00").dutchText == "za 14-03-2026, 10:00–14:00")
    }

    @Test("lokale tijd rekent hetzelfde als Foundation's Calendar, ook rond zomertijd en schrikkeldagen")
    func localTimeMatchesCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeSlot.timeZone
        var mismatches: [String] = []
        // Every 7 h 13 min from 2023 to 2031: all hours, weekdays, both DST switches, 2024 and 2028.
        for step in stride(from: 1_672_531_200.0, to: 1_924_992_000.0, by: 26_000) {
            let date = Date(timeIntervalSince1970: step)
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
            let expected = String(
                format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0,
                parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0)
            if TimeSlot(start: date).isoText != expected { mismatches.append("\(step): \(expected)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        #expect(TimeSlot(start: Date(timeIntervalSince1970: 1_709_164_800)).dutchText == "do 29-02-2024, 01:00")
    }

    @Test(
        "onzin als datum wordt geweigerd",
        arguments: [
            "morgen", "2026-02-30 10:00", "2026-03-14", "2026-03-14 25:00", "2026-03-14 14:00-10:00",
            "2026-13-01 10:00",
        ])
    func rejectSlot(input: String) {
        #expect(throws: StoreError.invalidTimeSlot(input)) { try TimeSlot(parsing: input) }
    }

    @Test("referenties lezen en schrijven")
    func references() {
        #expect(VisitReference("WB-2026-014") == VisitReference(year: 2026, number: 14))
        #expect(VisitReference(year: 2026, number: 1234).description == "WB-2026-1234")
        #expect(VisitReference("WB-26-014") == nil)
        #expect(VisitReference("WB-2026-000") == nil)
        #expect(VisitReference("XB-2026-014") == nil)
    }
}
