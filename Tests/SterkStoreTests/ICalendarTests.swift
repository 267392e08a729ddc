import Foundation
import SterkStore
import Testing

@Suite("iCalendar (RFC 5545)")
struct ICalendarTests {
    private func confirmedVisit() -> Werkbezoek {
        var details = Samples.details()
        details.confirmed = Samples.slot("2026-03-14 10:00-13:30")
        details.notes =
            "Lange notitie, met komma's; puntkomma's en een backslash \\ en\neen tweede regel met ë en € en nog wat tekst om zeker over de 75 octets te gaan."
        return Werkbezoek(
            reference: VisitReference(year: 2026, number: 14), details: details, status: .bevestigd,
            createdAt: Date(timeIntervalSince1970: 1_770_000_000), updatedAt: Date(timeIntervalSince1970: 1_770_000_600)
        )
    }

    private func document() throws -> String {
        try ICalendarEvent(
            visit: confirmedVisit(), municipalityName: "Zeist", wijkNames: ["Vollenhove"],
            stamp: Date(timeIntervalSince1970: 1_771_000_000)
        ).document
    }

    @Test("CRLF overal, geen regel langer dan 75 octets, vervolgregels beginnen met een spatie")
    func lineRules() throws {
        let text = try document()
        #expect(text.hasSuffix("\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "no bare LF")
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"), "no bare CR")
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.contains { $0.hasPrefix(" ") }, "the description is long enough to be folded")
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.last == "END:VCALENDAR")
    }

    @Test("verplichte velden: UID, DTSTAMP, DTSTART en DTEND in UTC")
    func requiredProperties() throws {
        let lines = try unfolded(document())
        #expect(lines.contains("UID:wb-2026-014@werkbezoek.sterk.m50"))
        #expect(lines.contains("DTSTAMP:20260213T162640Z"))
        #expect(lines.contains("DTSTART:20260314T090000Z"), "10:00 in Amsterdam (CET) is 09:00 UTC")
        #expect(lines.contains("DTEND:20260314T123000Z"))
        #expect(lines.contains("STATUS:CONFIRMED"))
        #expect(lines.contains("LOCATION:Wijkcentrum De Boog\\, Zeist"))
    }

    @Test("tekst wordt ge-escaped en het vouwen is verliesvrij")
    func escapingAndFolding() throws {
        let description = try #require(try unfolded(document()).first { $0.hasPrefix("DESCRIPTION:") })
        #expect(description.contains(#"komma's\; puntkomma's en een backslash \\ en\neen tweede regel met ë en €"#))
        #expect(description.contains(#"Lange notitie\, met"#))
        #expect(ICalendarText.escape("a,b;c\\d\r\ne") == #"a\,b\;c\\d\ne"#)
    }

    @Test("vouwen splitst nooit midden in een UTF-8-teken")
    func foldingKeepsCharactersWhole() {
        let line = "SUMMARY:" + String(repeating: "ë€😀", count: 40)
        let folded = ICalendarText.fold(line)
        let pieces = folded.components(separatedBy: "\r\n")
        #expect(pieces.count > 1)
        #expect(pieces.allSatisfy { $0.utf8.count <= 75 })
        #expect(
            pieces.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
    }

    @Test("alleen een bevestigd werkbezoek krijgt een agenda-afspraak")
    func onlyConfirmed() {
        var visit = confirmedVisit()
        visit.status = .inVoorbereiding
        #expect(throws: StoreError.notConfirmed(reference: "WB-2026-014", status: .inVoorbereiding)) {
            try ICalendarEvent(visit: visit, municipalityName: "Zeist")
        }
    }

    /// Undoes RFC 5545 folding: a CRLF followed by one space joins two lines.
    private func unfolded(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
    }
}
