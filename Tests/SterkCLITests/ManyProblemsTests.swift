import Foundation
import Testing

/// `valideer` on a file with many problems: linear time, a capped listing with a count of the rest.
@Suite struct ManyProblemsTests {
    @Test("5.000 rijen met een hernoemde sleutel: 10.000 problemen, snel, eerste 1.000 getoond")
    func renamedKeyInEveryRow() throws {
        let fixture = try VisitStoreFixture()
        defer { fixture.remove() }
        let generated = fixture.path("gegenereerd.json"), renamed = fixture.path("hernoemd.json")
        #expect(try SterkBinary.run(["_genereer", "--aantal", "5000", "--uit", generated]).status == 0)
        let text = try String(contentsOfFile: generated, encoding: .utf8)
        try text.replacingOccurrences(of: "\"cohort\"", with: "\"cohorte\"").write(
            toFile: renamed, atomically: true, encoding: .utf8)
        let started = Date()
        let result = try SterkBinary.run(["valideer", renamed])
        let seconds = Date().timeIntervalSince(started)
        // Linear: about 3 s in a debug build on a busy machine. Each problem's line used to be
        // found by counting from the start of the file: minutes for this file.
        #expect(seconds < 40, "valideer took \(seconds) s")
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "\(renamed): ongeldige dataset, 10.000 problemen:")
        #expect(lines.count == 1002)
        #expect(lines.last == "… en nog 9.000 problemen (sterk valideer --alle toont ze allemaal)")
        #expect(lines[1].hasSuffix("focusAreas[0].cohort: verplicht veld ontbreekt"))
        let all = try SterkBinary.run(["valideer", "--alle", renamed])
        let allLines = all.stdout.split(separator: "\n")
        #expect(allLines.count == 10_001)
        #expect(allLines.last?.contains("focusAreas[4999].cohorte: onbekende sleutel") == true)
    }
}
