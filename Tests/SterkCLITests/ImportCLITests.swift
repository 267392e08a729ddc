import Foundation
import Testing

/// `werkbezoek import` checks what `nieuw` checks, against the dataset too, before writing anything.
@Suite struct ImportCLITests {
    @Test("import weigert onbekende gemeente en wijk, een wijk elders en een te hoog nummer; er komt niets bij")
    func importChecksPlacesAndReferences() throws {
        let fixture = try VisitStoreFixture()
        defer { fixture.remove() }
        try #require(try fixture.run(VisitStoreFixture.newVisit()).status == 0)
        let exported = try fixture.run(["export"])
        var root = try #require(try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any])
        let original = try #require((root["visits"] as? [[String: Any]])?.first)
        let changes: [(String, Any)] = [
            ("municipality", "GM9999"), ("wijken", ["bestaat-niet"]), ("wijken", ["overvecht"]),
            ("reference", "WB-2026-999999999"),
        ]
        root["visits"] = changes.enumerated().map { offset, change -> [String: Any] in
            var visit = original
            visit["reference"] = "WB-2026-\(100 + offset)"
            visit[change.0] = change.1
            return visit
        }
        let file = fixture.path("import.json")
        try JSONSerialization.data(withJSONObject: root).write(to: URL(fileURLWithPath: file))
        let target = fixture.path("nieuw.sqlite")
        let result = try SterkBinary.run(["werkbezoek", "import", file, "--store", target])
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                Niets geïmporteerd: 4 problemen in het exportbestand:
                  - WB-2026-100: onbekende gemeentecode ‘GM9999’ (niet in de dataset)
                  - WB-2026-101: onbekende wijk ‘bestaat-niet’ (niet in de dataset)
                  - WB-2026-102: wijk ‘Utrecht Overvecht’ ligt niet in Zeist
                  - WB-2026-999999999: het volgnummer van de referentie ligt niet tussen 1 en 999999

                """)
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    /// Issue 11 item 12: a failed import names the file and says in Dutch what is wrong, never
    /// Foundation's English text ("The given data was not valid JSON.") or an error number.
    @Test(
        "import van een map of van iets dat geen export is: één Nederlandse regel",
        arguments: [
            ("map", "Kan {} niet lezen: is een map"),
            ("rommel.json", "{}: Het exportbestand is niet leesbaar: geen JSON-export van sterk (geen geldige JSON)."),
            ("utf8.json", "{}: Het exportbestand is niet leesbaar: geen JSON-export van sterk (geen geldige JSON)."),
            (
                "tijd.json",
                "{}: Het exportbestand is niet leesbaar: ongeldige tijd bij .visits[0].createdAt (verwacht UTC als 2026-03-14T09:00:00Z)."
            ),
        ])
    func unreadableImportIsDutch(_ name: String, _ message: String) throws {
        let fixture = try VisitStoreFixture()
        defer { fixture.remove() }
        try FileManager.default.createDirectory(atPath: fixture.path("map"), withIntermediateDirectories: true)
        try Data("[1,2".utf8).write(to: URL(fileURLWithPath: fixture.path("rommel.json")))
        try Data(#"{"format":"x"#.utf8 + [0xFF] + #""}"#.utf8).write(
            to: URL(fileURLWithPath: fixture.path("utf8.json")))
        let badTime = #"""
            {"format":"sterk-werkbezoeken","formatVersion":1,"exportedAt":"2026-01-01T00:00:00Z","visits":[
              {"reference":"WB-2026-001","status":"aangevraagd","municipality":"GM0355","wijken":[],"visitors":[],
               "programme":[],"notes":"","createdAt":"gisteren","updatedAt":"2026-01-01T00:00:00Z"}]}
            """#
        try Data(badTime.utf8).write(to: URL(fileURLWithPath: fixture.path("tijd.json")))
        let file = fixture.path(name)
        let result = try SterkBinary.run(["werkbezoek", "import", file, "--store", fixture.path("nieuw.sqlite")])
        #expect(result.status == 1)
        #expect(result.stderr == message.replacingOccurrences(of: "{}", with: file) + "\n")
    }
}
