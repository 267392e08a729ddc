import Foundation
import Testing

/// Runs the real `sterk` binary; stdout is a file, so output is the plain, pipe-friendly form.
@Suite struct CLITests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("SterkModelTests/Fixtures")

    func json(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func focusAreaTableHasTwentyRowsAndMarksNieuwegein() throws {
        let result = try SterkBinary.run(["lijst", "focusgebieden"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 22)
        let nieuwegein = try #require(lines.first { $0.hasPrefix("Nieuwegein Centrale As") })
        #expect(nieuwegein.hasSuffix("● ja"))
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test func focusAreaJSONHasTheDocumentedShape() throws {
        let result = try SterkBinary.run(["lijst", "focusgebieden", "--json"])
        let root = try json(result.stdout)
        #expect(root["schemaVersion"] as? Int == 1)
        let areas = try #require(root["focusAreas"] as? [[String: Any]])
        #expect(areas.count == 20)
        let first = areas[0]
        #expect(first["id"] as? String == "leeuwarden-oost")
        let inhabitants = try #require(first["inhabitants"] as? [String: Any])
        #expect(inhabitants["value"] as? Int == 37000)
        #expect(inhabitants["asOf"] as? String == "2025-01-01")
        let municipality = try #require(first["municipality"] as? [String: Any])
        #expect(municipality["code"] as? String == "GM0080")
    }

    @Test func csvHasAHeaderAndOneLinePerRow() throws {
        let result = try SterkBinary.run(["lijst", "focusgebieden", "--csv"])
        let lines = result.stdout.split(separator: "\n")
        #expect(
            lines.first
                == "id,name,municipality_code,municipality,province,inhabitants,inhabitants_as_of,low_welfare_pct,m50_member"
        )
        #expect(lines.count == 21)
        #expect(
            lines.contains(
                "den-haag-zuidwest,Den Haag Zuidwest,GM0518,'s-Gravenhage,Zuid-Holland,71000,2025-01-01,18.2,nee"))
    }

    @Test func municipalitiesAreTheM50OrAll() throws {
        let members = try SterkBinary.run(["lijst", "gemeenten", "--csv"])
        #expect(members.stdout.split(separator: "\n").count == 62)
        let all = try SterkBinary.run(["lijst", "gemeenten", "--alle", "--csv"])
        #expect(all.stdout.split(separator: "\n").count == 343)
        let misuse = try SterkBinary.run(["lijst", "bronnen", "--alle"])
        #expect(misuse.status != 0)
        #expect(misuse.stderr.contains("--alle hoort bij"))
    }

    @Test func jsonAndCsvTogetherAreRefused() throws {
        let result = try SterkBinary.run(["lijst", "wijken", "--json", "--csv"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Kies --json of --csv"))
    }

    @Test func sourcesCarryURLAndDate() throws {
        let root = try json(try SterkBinary.run(["lijst", "bronnen", "--json"]).stdout)
        let sources = try #require(root["sources"] as? [[String: Any]])
        #expect(sources.count > 50)
        #expect(sources.allSatisfy { $0["url"] is String && $0["title"] is String })
    }

    @Test func showMatchesWithoutDiacriticsAndCitesSources() throws {
        let result = try SterkBinary.run(["toon", "súdwest"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Súdwest-Fryslân — gemeente"))
        let pilot = try SterkBinary.run(["toon", "VOLLENHOVE"])
        #expect(pilot.stdout.contains("Programma: Vollenhove Vooruit"))
        #expect(pilot.stdout.contains("\nBronnen\n"))
        #expect(pilot.stdout.contains("https://"))
    }

    @Test func aNearMissSuggestsAndFails() throws {
        let result = try SterkBinary.run(["toon", "Volenhove"])
        #expect(result.status == 1)
        #expect(result.stderr == "Niets gevonden voor 'Volenhove'. Bedoelde u: Vollenhove?\n")
    }

    @Test func headlineFiguresShowComputedBesideClaimed() throws {
        let result = try SterkBinary.run(["cijfers"])
        #expect(
            result.stdout.contains(
                "Volgens de ledenlijst van april 2023 (berekend): 1 van de 20 — Nieuwegein Centrale As"))
        #expect(result.stdout.contains("Volgens de paper: 3 (claim van de paper)"))
        let root = try json(try SterkBinary.run(["cijfers", "--json"]).stdout)
        let byList = try #require(root["focusAreasInM50ByMemberList"] as? [String: Any])
        #expect(byList["count"] as? Int == 1)
        #expect(root["focusAreaCount"] as? Int == 20)
    }

    @Test func validateListsEveryProblemAndFails() throws {
        let broken = Self.fixtures.appendingPathComponent("broken/duplicate-id.json").path
        let result = try SterkBinary.run(["valideer", broken])
        #expect(result.status == 1)
        #expect(result.stdout.split(separator: "\n").count == 4)
        #expect(result.stdout.contains("\(broken):24:13: sources[2].id: dubbele bron 'bron-a'"))
        let good = try SterkBinary.run(["valideer", Self.fixtures.appendingPathComponent("minimal.json").path])
        #expect(good.status == 0)
        #expect(good.stdout.contains("geldig"))
    }

    @Test func aBrokenDataFileIsAnErrorNeverAFallback() throws {
        let broken = Self.fixtures.appendingPathComponent("broken/wrong-type.json").path
        let result = try SterkBinary.run(["lijst", "focusgebieden", "--data", broken])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("\(broken): ongeldige dataset, 2 problemen:"))
    }

    @Test func theUserDatasetUnderXDGReplacesTheBundledOne() throws {
        let home = try UserDataHome(copying: "minimal.json")
        defer { home.remove() }
        let result = try SterkBinary.run(
            ["lijst", "focusgebieden", "--csv"], environment: ["XDG_DATA_HOME": home.folder.path])
        #expect(result.stdout.contains("zeist-noord,Zeist Noord"))
        #expect(result.stdout.split(separator: "\n").count == 3)
    }

    @Test func controlCharactersFromTheDataNeverReachTheOutput() throws {
        let source = try String(contentsOf: Self.fixtures.appendingPathComponent("minimal.json"), encoding: .utf8)
        let poisoned = source.replacingOccurrences(of: "\"Zeist Noord\"", with: "\"Zeist\\u001b[2J\\u0007 Noord\"")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("poisoned-\(UUID().uuidString).json")
        try poisoned.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        for format in [[], ["--csv"]] {
            let result = try SterkBinary.run(["lijst", "focusgebieden", "--data", file.path] + format)
            #expect(result.status == 0)
            #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{07}"))
            #expect(result.stdout.contains("Zeist[2J Noord"))
        }
        let shown = try SterkBinary.run(["toon", "zeist[2J", "--data", file.path])
        #expect(shown.status == 0)
        #expect(shown.stdout.hasPrefix("Zeist[2J Noord — focusgebied NPLV"))
    }
}

/// `sterk scherm`: panels as text without a terminal.
@Suite struct ScreenCommandTests {
    @Test func aPanelPrintsAtTheRequestedSize() throws {
        let result = try SterkBinary.run(["scherm", "focusgebieden", "--grootte", "100x30"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 30)
        #expect(lines.allSatisfy { $0.count <= 100 })
        #expect(result.stdout.contains("Nieuwegein Ce"))
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test func colourKeepsTheThemeAsANSI() throws {
        let result = try SterkBinary.run(["scherm", "overzicht", "--grootte", "80x24", "--kleur"])
        #expect(result.stdout.contains("\u{1B}["))
    }

    @Test func anUnknownPanelOrSizeIsRefused() throws {
        let panel = try SterkBinary.run(["scherm", "kaartje"])
        #expect(panel.status != 0)
        #expect(panel.stderr.contains("Onbekend paneel 'kaartje'"))
        let size = try SterkBinary.run(["scherm", "wijken", "--grootte", "groot"])
        #expect(size.status != 0)
    }

    @Test func vergelijkShowsTheChosenPilotAndRefusesAnUnknownOne() throws {
        let result = try SterkBinary.run(["scherm", "vergelijk", "--pilot", "Dommelbergen", "--grootte", "100x30"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Dommelbergen (Oosterhout)") && result.stdout.contains("pilot 3/3"))
        #expect(result.stdout.contains("Een trend is geen bewijs dat de pilot die heeft veroorzaakt."))
        let unknown = try SterkBinary.run(["scherm", "vergelijk", "--pilot", "overvecht"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("Onbekende pilot 'overvecht'") && unknown.stderr.contains("vollenhove"))
    }
}
