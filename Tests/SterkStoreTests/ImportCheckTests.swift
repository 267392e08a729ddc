import Foundation
import SterkStore
import Testing

/// An import can never put a value in the store that makes it unreadable, and checks what `nieuw` checks.
@Suite("Importcontroles")
struct ImportCheckTests {
    /// The sample visit, archived, with `change` applied.
    private func archived(_ change: (inout ArchivedVisit) -> Void) throws -> (ArchivedVisit, TemporaryDirectory) {
        let directory = try TemporaryDirectory()
        let (store, _) = try Samples.storeWithVisit(in: directory)
        var visit = try #require(try store.archive().first)
        change(&visit)
        return (visit, directory)
    }

    private func refusal(_ visit: ArchivedVisit, in directory: TemporaryDirectory) throws -> [String] {
        let target = try SQLiteWerkbezoekStore(path: directory.file("doel.sqlite"))
        do {
            _ = try target.importVisits([visit])
            Issue.record("imported: \(visit.visit.reference)")
            return []
        } catch {
            guard case .refusedImport(let problems) = error else { Issue.record("\(error)"); return [] }
            #expect(try target.count() == 0, "nothing imported")
            return problems
        }
    }

    @Test("elk soort fout wordt geweigerd met referentie en reden")
    func everyKindOfProblemIsRefused() throws {
        let cases: [(String, (inout ArchivedVisit) -> Void)] = [
            (
                "het volgnummer van de referentie ligt niet tussen 1 en 999999",
                { $0.visit.reference = VisitReference(year: 2026, number: 999_999_999) }
            ),
            ("er is geen bezoeker opgegeven", { $0.visit.details.visitors = [] }),
            ("de gastgemeente ontbreekt", { $0.visit.details.municipalityCode = " " }),
            (
                "de eindtijd van de voorgestelde datum ligt niet na het begin",
                {
                    $0.visit.details.proposed = TimeSlot(
                        start: Date(timeIntervalSince1970: 1_900_000_000),
                        end: Date(timeIntervalSince1970: 1_899_999_000))
                }
            ),
            (
                "de bevestigde datum ligt niet tussen 1900 en 9999",
                { $0.visit.details.confirmed = TimeSlot(start: Date(timeIntervalSince1970: -3_000_000_000)) }
            ),
            (
                "status ‘geannuleerd’ zonder reden",
                {
                    $0.visit.status = .geannuleerd; $0.visit.statusReason = nil
                }
            ),
            (
                "status ‘afgerond’ zonder bevestigde datum",
                {
                    $0.visit.status = .afgerond; $0.visit.details.confirmed = nil
                }
            ),
            ("de geschiedenis is leeg", { $0.history = [] }),
            (
                "aangemaakt of gewijzigd op een onmogelijke datum",
                { $0.visit.createdAt = Date(timeIntervalSince1970: 1e15) }
            ),
        ]
        for (expected, change) in cases {
            let (visit, directory) = try archived(change)
            let problems = try refusal(visit, in: directory)
            #expect(problems == ["\(visit.visit.reference): \(expected)"])
        }
    }

    @Test("de volgende nieuw na het hoogste nummer: nette weigering, bestand blijft leesbaar")
    func exhaustedYearIsRefusedNotWritten() throws {
        let directory = try TemporaryDirectory()
        let (store, visit) = try Samples.storeWithVisit(in: directory)
        let year = visit.reference.year
        try RawSQLite.execute(
            "UPDATE visit SET reference = 'WB-\(year)-999999999', ref_number = 999999999", on: store.path)
        #expect(throws: StoreError.referencesExhausted(year: year)) {
            _ = try store.create(Samples.details(visitor: "Piet Bos"), actor: "a", at: visit.createdAt)
        }
        let reread = try SQLiteWerkbezoekStore(path: store.path, readOnly: true)
        #expect(try reread.visits(statuses: []).map(\.reference.description) == ["WB-\(year)-999999999"])
    }

    @Test("WB-0000-001 is geen referentie (zou als WB-0-001 worden opgeslagen)")
    func yearZeroIsNotAReference() {
        #expect(VisitReference("WB-0000-001") == nil)
        #expect(VisitReference("WB-1899-001") == nil)
        #expect(VisitReference("WB-2026-999999999")?.number == 999_999_999)
    }
}
