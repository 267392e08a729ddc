import Foundation
import SterkStore

/// Example data for tests: realistic Dutch names, with diacritics where they matter.
enum Samples {
    static func slot(_ text: String) -> TimeSlot {
        // Test input is fixed and valid; a failure here is a broken test, so fall back loudly.
        (try? TimeSlot(parsing: text)) ?? TimeSlot(start: Date(timeIntervalSince1970: 0))
    }

    static func details(visitor: String = "Fatima el Amraní", municipality: String = "GM0355") -> VisitDetails {
        VisitDetails(
            visitors: [
                Visitor(name: visitor, role: "Tweede Kamerlid", organisation: "CDA", email: "f.elamrani@tweedekamer.nl")
            ],
            municipalityCode: municipality,
            wijkIDs: ["vollenhove"],
            proposed: slot("2026-03-14 10:00-14:00"),
            programme: [
                ProgrammeItem(
                    time: "10:00", place: "Wijkcentrum De Boog", what: "Ontvangst, koffie; kennismaking",
                    who: "wethouder"),
                ProgrammeItem(
                    time: "11:00-12:30", place: "Vollenhove", what: "Wandeling door de wijk", who: "bewoners"),
            ],
            hostContact: HostContact(name: "Jan de Vries", email: "j.devries@zeist.nl", phone: "030 123 45 67"),
            notes: "Let op: parkeren bij het gemeentehuis.")
    }

    /// A store in `directory` with one new visit; returns both.
    static func storeWithVisit(in directory: TemporaryDirectory) throws -> (SQLiteWerkbezoekStore, Werkbezoek) {
        let store = try SQLiteWerkbezoekStore(path: directory.file("werkbezoeken.sqlite"))
        let visit = try store.create(details(), actor: "tester", at: Date())
        return (store, visit)
    }
}
