import Foundation
import Testing

/// What a newcomer trips over on the command line: Dutch parser messages, suggestions,
/// global options before the subcommand, read-only machines, one CSV header convention.
@Suite struct NewcomerCLITests {
    @Test func aMistypedSubcommandGetsTheNearestOneInDutch() throws {
        let result = try SterkBinary.run(["lijs", "focusgebieden"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Onbekende opdracht ‘lijs’. Bedoelt u ‘sterk lijst’?"))
        #expect(!result.stderr.contains("dashboard ["))
        let nested = try SterkBinary.run(["werkbezoek", "stats", "x"])
        #expect(nested.stderr.contains("Bedoelt u ‘sterk werkbezoek status’?"))
    }

    @Test func parserMessagesAreDutch() throws {
        let missing = try SterkBinary.run(["lijst"])
        #expect(missing.status == 64)
        #expect(missing.stderr.hasPrefix("Fout: verplicht argument ontbreekt: ‘<SOORT>’"))
        #expect(missing.stderr.contains("Gebruik: sterk lijst"))
        let unknown = try SterkBinary.run(["lijst", "wijken", "--jsn"])
        #expect(unknown.stderr.contains("onbekende optie ‘--jsn’"))
        let help = try SterkBinary.run(["lijst", "--help"])
        #expect(help.status == 0)
        for english in ["OVERVIEW", "USAGE", "OPTIONS", "Show help information", "Error:", "Usage:"] {
            #expect(!(help.stdout + missing.stderr + unknown.stderr).contains(english), "\(english) left in English")
        }
        #expect(help.stdout.contains("OVERZICHT:"))
    }

    @Test func globalOptionsMayStandBeforeTheSubcommand() throws {
        let fixture = CLITests.fixtures.appendingPathComponent("minimal.json").path
        let before = try SterkBinary.run(["--data", fixture, "lijst", "wijken", "--csv"])
        let after = try SterkBinary.run(["lijst", "wijken", "--csv", "--data", fixture])
        #expect(before.status == 0)
        #expect(before.stdout == after.stdout)
        let bundled = try SterkBinary.run(["lijst", "wijken", "--csv"])
        #expect(before.stdout != bundled.stdout)
        let dangling = try SterkBinary.run(["--data"])
        #expect(dangling.status == 64)
        #expect(dangling.stderr.contains("waarde ontbreekt bij ‘--data’"))
    }

    @Test func readOnlyRefusesEveryChangingCommand() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sterk-ro-\(UUID().uuidString).sqlite"
        ).path
        defer { try? FileManager.default.removeItem(atPath: store) }
        let changing: [[String]] = [
            [
                "werkbezoek", "nieuw", "--bezoeker", "A|B|C", "--gemeente", "Zeist", "--voorgesteld",
                "2099-01-01 10:00", "--contact", "X",
            ],
            ["werkbezoek", "zet", "WB-2026-001", "afgerond"],
            ["werkbezoek", "import", "-"],
        ]
        for arguments in changing {
            let flag = try SterkBinary.run(["--alleen-lezen", "--store", store] + arguments)
            let variable = try SterkBinary.run(
                ["--store", store] + arguments, environment: ["STERK_ALLEEN_LEZEN": "1"])
            for result in [flag, variable] {
                #expect(result.status == 1)
                #expect(result.stderr.contains("Alleen-lezen"), "\(arguments): \(result.stderr)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: store))
    }

    @Test func everyCsvHeaderIsEnglishSnakeCase() throws {
        let listings = [
            ["lijst", "focusgebieden"], ["lijst", "gemeenten"], ["lijst", "wijken"], ["lijst", "bronnen"],
            ["werkbezoek", "lijst"],
        ]
        for arguments in listings {
            let result = try SterkBinary.run(arguments + ["--csv"])
            let header = String(result.stdout.split(separator: "\n").first ?? "")
            #expect(!header.isEmpty, "\(arguments)")
            #expect(
                header.split(separator: ",").allSatisfy {
                    $0.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }
                },
                "\(arguments): \(header)")
        }
        let visits = try SterkBinary.run(["werkbezoek", "lijst", "--csv"])
        #expect(
            visits.stdout.hasPrefix(
                "reference,status,status_reason,date,confirmed,municipality,municipality_code,wijken,visitors,host_contact\n"
            ))
    }
}
