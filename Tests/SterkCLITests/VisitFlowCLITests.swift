import Foundation
import Testing

/// The werkbezoek flow as a contact or lobby staff member meets it: past dates, typos,
/// malformed addresses, and calendars that must learn about a cancellation.
@Suite struct VisitFlowCLITests {
    let store = FileManager.default.temporaryDirectory.appendingPathComponent("sterk-flow-\(UUID().uuidString).sqlite")
        .path
    let now = ["STERK_NU": "2026-12-04T09:00:00Z"]

    func sterk(_ arguments: [String]) throws -> SterkBinary.Result {
        try SterkBinary.run(["werkbezoek"] + arguments + ["--store", store], environment: now)
    }

    func newVisit(_ date: String, extra: [String] = []) throws -> SterkBinary.Result {
        try sterk(
            [
                "nieuw", "--bezoeker", "Fatima el Amraní|Tweede Kamerlid|CDA", "--gemeente", "Zeist",
                "--voorgesteld", date, "--contact", "Jan",
            ] + extra)
    }

    @Test func pastDatesAreRefusedUnlessRecordedAnyway() throws {
        defer { try? FileManager.default.removeItem(atPath: store) }
        let past = try newVisit("2020-03-01 10:00")
        #expect(past.status == 1)
        #expect(past.stderr.contains("--voorgesteld: zo 01-03-2020, 10:00 ligt in het verleden"))
        #expect(past.stderr.contains("--toch"))
        let anyway = try newVisit("2020-03-01 10:00", extra: ["--toch"])
        #expect(anyway.status == 0)
        #expect(anyway.stderr.contains("Let op (--toch)"))
        #expect(try newVisit("2027-05-01 10:00").status == 0)
        #expect(try sterk(["zet", "WB-2026-002", "in-voorbereiding"]).status == 0)
        let early = try sterk(["zet", "WB-2026-002", "afgerond"])
        #expect(early.status == 1)
        #expect(early.stderr.contains("nog niet geweest"))
        let confirmedPast = try sterk(["zet", "WB-2026-002", "bevestigd", "--datum", "2026-11-01 10:00"])
        #expect(confirmedPast.status == 1)
        #expect(confirmedPast.stderr.contains("--datum: "))
    }

    @Test func typosInNamesAndReferencesGetASuggestion() throws {
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try newVisit("2027-05-01 10:00").status == 0)
        for query in ["Fatma el Amrani", "Famita"] {
            let result = try sterk(["status", query])
            #expect(result.status == 1)
            #expect(result.stderr.contains("Bedoelt u Fatima el Amraní (WB-2026-001)?"), "\(query): \(result.stderr)")
            #expect(!result.stderr.contains("WB-2026-014"))
        }
        let history = try sterk(["geschiedenis", "fatima"])
        #expect(history.status == 0)
        #expect(history.stdout.hasPrefix("WB-2026-001: 1 wijziging"))
        let wijk = try newVisit("2027-05-01 10:00", extra: ["--wijk", "Vollenhoven"])
        #expect(wijk.stderr.contains("onbekende wijk ‘Vollenhoven’; bedoelt u: Vollenhove?"))
    }

    @Test func emailAndPhoneMustHaveTheirShape() throws {
        defer { try? FileManager.default.removeItem(atPath: store) }
        let result = try sterk([
            "nieuw", "--bezoeker", "Els|Kamerlid|VVD|els@", "--gemeente", "Zeist",
            "--voorgesteld", "2027-05-01 10:00", "--contact", "Jan", "--contact-telefoon", "12",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("(‘els@’) is geen e-mailadres"))
        #expect(result.stderr.contains("(‘12’) is geen telefoonnummer"))
        #expect(!FileManager.default.fileExists(atPath: store))
    }

    @Test func aPostponedVisitGivesACancellationWithTheSameUidAndAHigherSequence() throws {
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try newVisit("2027-05-01 10:00").status == 0)
        #expect(try sterk(["zet", "WB-2026-001", "in-voorbereiding"]).status == 0)
        #expect(try sterk(["zet", "WB-2026-001", "bevestigd", "--datum", "2027-05-01 10:00-12:00"]).status == 0)
        let confirmed = try sterk(["ics", "WB-2026-001"]).stdout
        #expect(try sterk(["zet", "WB-2026-001", "uitgesteld", "--reden", "Kamerdebat"]).status == 0)
        let cancelled = try sterk(["ics", "WB-2026-001"]).stdout
        #expect(cancelled.contains("METHOD:CANCEL\r\n") && cancelled.contains("STATUS:CANCELLED\r\n"))
        #expect(confirmed.contains("METHOD:PUBLISH\r\n") && confirmed.contains("SEQUENCE:2\r\n"))
        #expect(cancelled.contains("SEQUENCE:3\r\n"))
        let uid = { (text: String) in text.split(separator: "\r\n").first { $0.hasPrefix("UID:") } }
        #expect(uid(confirmed) != nil && uid(confirmed) == uid(cancelled))
        let status = try sterk(["status", "WB-2026-001"]).stdout
        #expect(status.contains("(vervallen, uitgesteld)"))
        #expect(!status.contains("(bevestigd)"))
    }
}
