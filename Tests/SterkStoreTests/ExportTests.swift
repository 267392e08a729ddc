import Foundation
import SterkStore
import Testing

@Suite("Export en import")
struct ExportTests {
    @Test(
        "export → import in een nieuwe store → export geeft hetzelfde (elke combinatie van SQLite en PostgreSQL)",
        arguments: StoreBackend.available, StoreBackend.available)
    func roundTrip(from: StoreBackend, to: StoreBackend) throws {
        let sourceFixture = try StoreFixture(from)
        let (source, visit) = try sourceFixture.withVisit()
        _ = try source.changeStatus(
            .init(reference: visit.reference, target: .uitgesteld, note: "reces; later, \"misschien\"", actor: "anna"))
        _ = try source.create(Samples.details(visitor: "Ömer Yılmaz"), actor: "bert", at: Date())
        let exportedAt = Date(timeIntervalSince1970: 1_770_000_000)
        let first = try VisitExport.encode(try source.archive(), exportedAt: exportedAt)

        let targetFixture = try StoreFixture(to)
        let target = try targetFixture.open()
        let report = try target.importVisits(try VisitExport.decode(first))
        #expect(report.imported.count == 2)
        #expect(report.skippedExisting.isEmpty)
        let second = try VisitExport.encode(try target.archive(), exportedAt: exportedAt)
        #expect(String(decoding: second, as: UTF8.self) == String(decoding: first, as: UTF8.self))
        #expect(try target.visits(statuses: []) == (try source.visits(statuses: [])))
        // History exactly: every field but the store's own row ids, in the same order.
        let strip = { (archive: [ArchivedVisit]) in
            archive.map {
                $0.history.map {
                    [
                        $0.reference.description, "\($0.at)", $0.actor, $0.kind.rawValue, $0.from?.rawValue ?? "-",
                        $0.to.rawValue, $0.note,
                    ]
                }
            }
        }
        #expect(strip(try target.archive()) == strip(try source.archive()))
    }

    @Test("import dupliceert geen bestaande referentie maar meldt haar", arguments: StoreBackend.available)
    func importSkipsExisting(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let (store, visit) = try fixture.withVisit()
        let archive = try VisitExport.decode(try VisitExport.encode(try store.archive()))
        _ = try store.changeStatus(.init(reference: visit.reference, target: .inVoorbereiding, actor: "a"))
        let report = try store.importVisits(archive)
        #expect(report == ImportReport(imported: [], skippedExisting: [visit.reference]))
        #expect(try store.visitCount() == 1)
        #expect(try store.visit(visit.reference)?.status == .inVoorbereiding, "the existing visit is not overwritten")
        #expect(try store.history(visit.reference).count == 2)
    }

    @Test("de exportvorm heeft de gedocumenteerde sleutels", arguments: StoreBackend.available)
    func documentedShape(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let (store, _) = try fixture.withVisit()
        let data = try VisitExport.encode(try store.archive())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["format"] as? String == "sterk-werkbezoeken")
        #expect(object["formatVersion"] as? Int == 1)
        let visit = try #require((object["visits"] as? [[String: Any]])?.first)
        #expect(
            Set(visit.keys) == [
                "reference", "status", "municipality", "wijken", "visitors", "proposed",
                "programme", "hostContact", "notes", "createdAt", "updatedAt", "history",
            ])
        #expect(visit["status"] as? String == "aangevraagd")
        let history = try #require(visit["history"] as? [[String: Any]])
        #expect(history.first?["kind"] as? String == "aangemaakt")
    }

    @Test("een nieuwere formaatversie en rommel worden geweigerd")
    func refusesUnknownFiles() throws {
        let newer = Data(
            #"{"format":"sterk-werkbezoeken","formatVersion":9,"exportedAt":"2026-01-01T00:00:00Z","visits":[]}"#.utf8)
        #expect(throws: StoreError.newerArchive(found: 9, known: 1)) { try VisitExport.decode(newer) }
        let error = #expect(throws: StoreError.self) { try VisitExport.decode(Data("[1,2".utf8)) }
        #expect(error?.message.hasPrefix("Het exportbestand is niet leesbaar") == true)
        let badStatus = Data(
            #"""
            {"format":"sterk-werkbezoeken","formatVersion":1,"exportedAt":"2026-01-01T00:00:00Z","visits":[
              {"reference":"WB-2026-001","status":"misschien","municipality":"GM0355","wijken":[],"visitors":[],
               "programme":[],"notes":"","createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z"}]}
            """#.utf8)
        #expect(throws: StoreError.invalidArchive("WB-2026-001: onbekende status ‘misschien’")) {
            try VisitExport.decode(badStatus)
        }
    }
}
