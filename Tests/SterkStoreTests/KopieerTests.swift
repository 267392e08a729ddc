import Foundation
import SterkStore
import Testing

/// `sterk werkbezoek kopieer --naar`: a file to a server and back, references and history exact.
@Suite("Kopiëren tussen stores", .serialized)
struct KopieerTests {
    @Test(
        "bestand → store → bestand: dezelfde export, op de exportdatum na; een tweede keer wordt alles overgeslagen",
        arguments: StoreBackend.available)
    func copyThereAndBack(backend: StoreBackend) throws {
        let source = try StoreFixture(.sqlite)
        let (store, visit) = try source.withVisit()
        _ = try store.changeStatus(
            .init(reference: visit.reference, target: .inVoorbereiding, note: "programma", actor: "anna"))
        _ = try store.changeStatus(.init(reference: visit.reference, target: .uitgesteld, note: "reces", actor: "bert"))
        _ = try store.create(Samples.details(visitor: "Ömer Yılmaz"), actor: "cor", at: Date())
        let middle = try StoreFixture(backend)
        let back = try StoreFixture(.sqlite)
        let binary = try SterkBinary.path()

        let there = try sterk(
            binary, ["werkbezoek", "kopieer", "--store", source.location, "--naar", middle.location], in: source)
        #expect(there.status == 0, "\(there.error)")
        #expect(there.output.contains("2 werkbezoeken gekopieerd"))
        let home = try sterk(
            binary, ["werkbezoek", "kopieer", "--store", middle.location, "--naar", back.location], in: source)
        #expect(home.status == 0, "\(home.error)")

        let exported = try [source, middle, back].map { fixture in
            try VisitExport.encode(
                try fixture.open(readOnly: true).archive(), exportedAt: Date(timeIntervalSince1970: 0))
        }
        #expect(exported[1] == exported[0])
        #expect(exported[2] == exported[0])

        let again = try sterk(
            binary, ["werkbezoek", "kopieer", "--store", source.location, "--naar", middle.location], in: source)
        #expect(again.status == 0)
        #expect(again.output.contains("0 werkbezoeken gekopieerd"))
        #expect(again.error.contains("Overgeslagen, bestaat al in het doel (niet overschreven): WB-"))
        #expect(try middle.open().history(visit.reference).count == 3, "nothing doubled")
    }

    private func sterk(_ binary: String, _ arguments: [String], in fixture: StoreFixture) throws -> (
        status: Int32, output: String, error: String
    ) {
        let process = try ChildProcess(
            binary, arguments, outputPath: fixture.directory.file("out-\(UUID().uuidString)"))
        let status = process.wait()
        return (status, process.outputLines.joined(separator: "\n"), process.errorText)
    }
}
