import Foundation
import Testing

/// Visit text with line breaks, C1 controls, bidi overrides and formula starts, through every output.
@Suite struct HostileTextTests {
    static let visitor = "=HYPERLINK(\"http://x\")\u{85}\u{202E}draai\nStatus       bevestigd|Kamerlid|CDA"
    static let c1AndBidi: [Unicode.Scalar] = ["\u{85}", "\u{9B}", "\u{202E}", "\u{2066}"]

    private func fixtureWithHostileVisit() throws -> (VisitStoreFixture, String) {
        let fixture = try VisitStoreFixture()
        let reference = try fixture.confirmedVisit(visitor: Self.visitor)
        let edited = try fixture.run(
            VisitStoreFixture.newVisit(
                visitor: "+31 6 1234|@rol|-partij",
                [
                    "--notitie", "eerste regel\nStatus       geannuleerd\n\u{9B}31mrood\n\u{85}\u{202E}omgekeerd",
                    "--contact", "Jan\nLaatste wijziging  vervalst",
                ]))
        try #require(edited.status == 0, "\(edited.stderr)")
        return (fixture, reference)
    }

    private func hasRawControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { Self.c1AndBidi.contains($0) }
    }

    @Test("status: een regeleinde in naam, contact of programma maakt geen eigen regel; notities ingesprongen")
    func statusHasNoForgedLines() throws {
        let (fixture, reference) = try fixtureWithHostileVisit()
        defer { fixture.remove() }
        let first = try fixture.run(["status", reference])
        let lines = first.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { $0.hasPrefix("Status") }.count == 1, "\(first.stdout)")
        #expect(lines.contains { $0.hasPrefix("Bezoek van") && $0.contains("draai Status       bevestigd") })
        let second = try fixture.run(["status", "WB-2026-002"])
        let secondLines = second.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(
            secondLines.filter { $0.hasPrefix("Status") || $0.hasPrefix("Laatste wijziging") }.count == 2,
            "\(second.stdout)")
        #expect(secondLines.contains("Notities           eerste regel"))
        #expect(secondLines.contains("                   Status       geannuleerd"))
        #expect(secondLines.contains("                   31mrood"))
        #expect(!hasRawControls(first.stdout + second.stdout))
        #expect(!(try fixture.run(["geschiedenis", reference])).stdout.contains("\u{1B}"))
    }

    @Test("CSV: formules geneutraliseerd, geen C1- of bidi-tekens; JSON en export: ontsnapt; ICS: weggelaten")
    func machineOutputIsSafe() throws {
        let (fixture, reference) = try fixtureWithHostileVisit()
        defer { fixture.remove() }
        let csv = try fixture.run(["lijst", "--csv"]).stdout
        #expect(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")draai Status       bevestigd\","), "\(csv)")
        #expect(csv.contains(",'+31 6 1234,") || csv.contains(",'+31 6 1234\n"), "\(csv)")
        #expect(!hasRawControls(csv))
        for command in [["lijst", "--json"], ["export"]] {
            let json = try fixture.run(command).stdout
            // Notes keep a bidi override (escaped); a name is stored without format characters.
            #expect(json.contains("\\u0085\\u202eomgekeerd"), "\(command)")
            #expect(json.contains("=HYPERLINK(\\\"http://x\\\")\\u0085draai\\nStatus"), "\(command)")
            #expect(!json.contains("\\u202edraai"), "\(command)")
            #expect(json.contains("\\u009b31mrood"), "\(command)")
            #expect(!hasRawControls(json), "\(command)")
            let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8))
            #expect(parsed is [Any] || parsed is [String: Any], "\(command)")
        }
        let ics = try fixture.run(["ics", reference]).stdout
        #expect(ics.contains("=HYPERLINK(\"http://x\")draai\\nStatus"))
        #expect(!hasRawControls(ics))
    }

    @Test("CSV van de dataset: een naam die met = begint wordt geneutraliseerd, getallen blijven getallen")
    func datasetCSVIsNeutralised() throws {
        let fixture = try VisitStoreFixture()
        defer { fixture.remove() }
        var text = try String(contentsOf: CLITests.fixtures.appendingPathComponent("minimal.json"), encoding: .utf8)
        let first = try #require(text.range(of: "\"name\": \"Utrecht Overvecht\""))
        text.replaceSubrange(first, with: "\"name\": \"=1+1 Overvecht\"")
        let path = fixture.path("formule.json")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try SterkBinary.run(
            ["lijst", "focusgebieden", "--csv", "--data", path],
            environment: ["XDG_CACHE_HOME": fixture.path("cache")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(",'=1+1 Overvecht,"), "\(result.stdout)")
        #expect(result.stdout.contains(",16.5,"))
    }
}
