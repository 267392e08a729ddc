import Foundation
import Testing

/// Numbers at the edge of what a dataset may hold are shown everywhere; beyond it, refused.
@Suite struct NumberLimitTests {
    /// The minimal fixture with every non-percentage figure at the largest value allowed.
    private func largestValues(in folder: URL) throws -> String {
        var text = try String(contentsOf: CLITests.fixtures.appendingPathComponent("minimal.json"), encoding: .utf8)
        for value in ["600000000", "65000", "7000000", "23000", "36000", "728", "3"] {
            text = text.replacingOccurrences(of: "\"value\": \(value),", with: "\"value\": 999999999999999,")
        }
        let path = folder.appendingPathComponent("groot.json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("de grootste toegestane getallen: elke opdracht en elk paneel werkt")
    func largestAllowedValuesWorkEverywhere() throws {
        let fixture = try VisitStoreFixture()
        defer { fixture.remove() }
        let data = try largestValues(in: fixture.folder)
        let environment = ["XDG_CACHE_HOME": fixture.path("cache")]
        #expect(try SterkBinary.run(["valideer", data]).status == 0)
        var commands = [
            ["lijst", "focusgebieden"], ["lijst", "focusgebieden", "--json"], ["lijst", "gemeenten", "--csv"],
            ["lijst", "wijken"], ["toon", "Zeist"], ["cijfers"], ["cijfers", "--json"],
            ["presenteer", "--controleer", "300x100"],
        ]
        for panel in ["overzicht", "focusgebieden", "wijken", "gemeenten", "contact", "bronnen", "kaart"] {
            commands.append(["scherm", panel, "--grootte", "120x40"])
        }
        for command in commands {
            let result = try SterkBinary.run(command + ["--data", data], environment: environment)
            #expect(result.status == 0, "\(command): \(result.stderr.prefix(300))")
            #expect(!result.stderr.contains("Fatal error"), "\(command)")
        }
        let shown = try SterkBinary.run(["cijfers", "--data", data], environment: environment)
        #expect(shown.stdout.contains("999.999.999.999.999"))
    }

    @Test("te grote getallen: valideer noemt pad en regel, andere opdrachten weigeren zonder trap")
    func tooLargeValuesAreRefused() throws {
        let path = CLITests.fixtures.appendingPathComponent("broken/huge-numbers.json").path
        let checked = try SterkBinary.run(["valideer", path])
        #expect(checked.status == 1)
        #expect(
            checked.stdout.contains(":28:36: nplv.budgetLines[0].value: getal 1e+19 is te groot")
                || checked.stderr.contains(":28:36: nplv.budgetLines[0].value: getal 1e+19 is te groot"))
        for command in [["lijst", "focusgebieden"], ["cijfers"], ["toon", "Zeist"]] {
            let result = try SterkBinary.run(command + ["--data", path])
            #expect(result.status == 1)
            #expect(result.stderr.contains("focusAreas[0].inhabitants.value: getal 1.2345678901234568e+29 is te groot"))
        }
    }
}
