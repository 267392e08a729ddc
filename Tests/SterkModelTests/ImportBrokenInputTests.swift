import Foundation
import Testing
@testable import SterkModel

/// Hostile input: a broken source file gives one Dutch error naming file, line and column.
@Suite struct ImportBrokenInputTests {
    /// A copy of the data directory in a temporary folder, with one file replaced.
    func generate(replacing file: String, with text: String) throws -> ImportError? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sterk-import-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: ImportGeneratorTests.dataDirectory, toPath: folder.path)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent(file))
        do { _ = try DatasetGenerator.generate(directory: folder.path); return nil } catch { return error }
    }

    static let kwbHeader = try! String(
        contentsOfFile: ImportGeneratorTests.dataDirectory + "/cbs/kwb-2023-utrecht.csv", encoding: .utf8
    )
    .split(separator: "\n", maxSplits: 1)[0]

    /// The real KWB header with one Utrecht row whose a_inw is `value`.
    func kwbFile(inhabitants value: String) -> String {
        let columns = Self.kwbHeader.split(separator: ",").map(String.init)
        let row = columns.map { column -> String in
            switch column {
            case "gwb_code_10", "gwb_code": return "GM0344"
            case "regio", "gm_naam": return "Utrecht"
            case "recs": return "Gemeente"
            case "a_inw": return value
            default: return "."
            }
        }
        return Self.kwbHeader + "\n" + row.joined(separator: ",") + "\n"
    }

    @Test func aWordWhereANumberBelongsNamesFileLineAndColumn() throws {
        let error = try #require(
            try generate(replacing: "cbs/kwb-2023-utrecht.csv", with: kwbFile(inhabitants: "veel")))
        #expect(
            error.description
                == "cbs/kwb-2023-utrecht.csv, regel 2, kolom a_inw: 'veel' is geen getal (verwacht bijvoorbeeld 1234 of 1.9, of '.' voor niet gepubliceerd)"
        )
    }

    @Test func notANumberAndInfinityAreRefused() throws {
        for bad in ["nan", "inf", "1e5", "1.5.3", " 12", "-3"] {
            let error = try #require(
                try generate(replacing: "cbs/kwb-2023-utrecht.csv", with: kwbFile(inhabitants: bad)), "\(bad)")
            #expect(error.line == 2 && error.field == "a_inw", "\(bad)")
        }
    }

    @Test func aMissingColumnIsNamed() throws {
        let error = try #require(
            try generate(
                replacing: "cbs/kwb-2024-gemeenten-wijken.csv",
                with: "code,niveau,gemeentecode,naam\nGM0014,gemeente,GM0014,Groningen\n"))
        #expect(
            error.description
                == "cbs/kwb-2024-gemeenten-wijken.csv, regel 1, kolom inwoners: kolom ontbreekt in de kopregel")
    }

    @Test func anUnclosedQuoteAndAShortRowNameTheirLine() throws {
        let header =
            "code,niveau,gemeentecode,naam,inwoners,mannen,vrouwen,woningvoorraad,bevolkingsdichtheid_per_km2,oppervlakte_totaal_ha,oppervlakte_land_ha,oppervlakte_water_ha\n"
        let quote = try #require(
            try generate(
                replacing: "cbs/kwb-2024-gemeenten-wijken.csv",
                with: header + "GM0014,gemeente,GM0014,\"Groningen,1,1,1,1,1,1,1,1\n"))
        #expect(quote.description == "cbs/kwb-2024-gemeenten-wijken.csv, regel 2: aanhalingsteken wordt niet gesloten")
        let short = try #require(
            try generate(replacing: "cbs/kwb-2024-gemeenten-wijken.csv", with: header + "GM0014,gemeente\n"))
        #expect(
            short.description == "cbs/kwb-2024-gemeenten-wijken.csv, regel 2: 2 velden, verwacht 12 (zoals de kopregel)"
        )
    }

    @Test func aBrokenLeefbaarometerIdentityIsNamed() throws {
        let text = """
            "wk_code","wk_naam","jaar","lbm","afw","fys","onv","soc","vrz","won"
            "WK017701","Raalte",2002,4.08884884248256,-0.0134160086611266,NA,NA,NA,NA,NA
            "WK017701","Raalte",2008,4.2,0.0280644577523506,NA,NA,NA,NA,NA

            """
        let error = try #require(try generate(replacing: "leefbaarometer/lbm3-wijken.csv", with: text))
        #expect(error.file == "leefbaarometer/lbm3-wijken.csv" && error.line == 3 && error.field == "afw")
        #expect(error.message.hasPrefix("lbm − afw = "))
    }

    @Test func aMunicipalityMissingFromTheCuratedListIsNamed() throws {
        let header =
            "code,niveau,gemeentecode,naam,inwoners,mannen,vrouwen,woningvoorraad,bevolkingsdichtheid_per_km2,oppervlakte_totaal_ha,oppervlakte_land_ha,oppervlakte_water_ha\n"
        let error = try #require(
            try generate(
                replacing: "cbs/kwb-2024-gemeenten-wijken.csv",
                with: header + "GM0014,gemeente,GM0014,Groningen,1,1,1,1,1,1,1,1\n"))
        #expect(
            error.description
                == "cbs/kwb-2024-gemeenten-wijken.csv, kolom inwoners: geen inwonertal voor gemeente GM0034 uit curated.json"
        )
    }

    @Test func invalidUTF8NamesTheLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sterk-import-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: ImportGeneratorTests.dataDirectory, toPath: folder.path)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("code,naam\nGM0014,Gr\u{6F}".utf8 + [0xFF, 0x0A]).write(
            to: folder.appendingPathComponent("cbs/kwb-2024-gemeenten-wijken.csv"))
        #expect(throws: ImportError.self) { try DatasetGenerator.generate(directory: folder.path) }
        do { _ = try DatasetGenerator.generate(directory: folder.path) } catch {
            #expect(error.description == "cbs/kwb-2024-gemeenten-wijken.csv, regel 2: geen geldige UTF-8-tekst")
        }
    }
}
