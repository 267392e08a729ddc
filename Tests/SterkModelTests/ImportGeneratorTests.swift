import Foundation
import Testing
@testable import SterkModel

/// The importer: the bundled dataset is exactly what the committed source files give.
@Suite struct ImportGeneratorTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static var dataDirectory: String { root.appendingPathComponent("data").path }
    static var bundledPath: String { root.appendingPathComponent("Sources/SterkModel/Resources/dataset.json").path }

    @Test func regeneratingGivesTheBundledDatasetByteForByte() throws {
        let generated = try DatasetGenerator.generate(directory: Self.dataDirectory)
        let bundled = try #require(FileManager.default.contents(atPath: Self.bundledPath))
        #expect(generated == [UInt8](bundled), "draai: swift run sterk dataset genereer")
    }

    @Test func theBundledFileHasNoBrokenTableRows() throws {
        // The bundled load skips the row check for speed; a full check must find nothing.
        _ = try DatasetLoader.load(path: Self.bundledPath, checkTableRows: true)
    }

    @Test func everyMunicipalityHasItsCBSInhabitantsWithSourceAndDate() throws {
        let dataset = try DatasetLoader.loadBundled()
        #expect(dataset.municipalities.count == 342)
        for municipality in dataset.municipalities {
            let figure = try #require(municipality.inhabitants, "\(municipality.name)")
            #expect(
                figure.value != nil && figure.sources == ["cbs-kwb-2024"]
                    && figure.asOf == PartialDate(iso: "2024-01-01"))
        }
        let total = dataset.municipalities.compactMap { $0.inhabitants?.value }.reduce(0, +)
        #expect(total == 17_942_942)
        #expect(dataset.municipality("GM0355")?.inhabitants?.value == 66_641)
    }

    @Test func allWijkenOf2024AreImportedAndFoundPerMunicipality() throws {
        let dataset = try DatasetLoader.loadBundled()
        #expect(dataset.allCBSWijken.count == 3_393)
        #expect(
            dataset.cbsWijken(inMunicipality: "GM0355").map(\.name) == [
                "Zeist Centrum", "Zeist-Noord", "Zeist-West", "Zeist-Oost", "Den Dolder e.o.",
            ])
        #expect(dataset.cbsArea("WK082606")?.name == "Wijk 06 Dommelbergen")
        #expect(dataset.cbsArea("WK034403")?.name == "Wijk 03 Overvecht")
    }

    @Test func everyImportedFigureCarriesItsTableSourceAndDate() throws {
        let dataset = try DatasetLoader.loadBundled()
        let figures = dataset.areaFigures(code: "WK034403")
        #expect(
            figures.contains {
                $0.label == "Inwoners" && $0.value == 35_255 && $0.asOf == PartialDate(iso: "2024-01-01")
                    && $0.sources == ["cbs-kwb-2024"]
            })
        #expect(
            figures.contains {
                $0.label == "Inwoners" && $0.value == 34_910 && $0.asOf == PartialDate(iso: "2023-01-01")
                    && $0.sources == ["cbs-kwb-2023"]
            })
        #expect(
            figures.contains {
                $0.label == "Gemiddelde WOZ-waarde van woningen" && $0.value == 301_000 && $0.unit == .euro
            })
        // "." in the KWB file: not published, shown as onbekend with the table named.
        let income = try #require(figures.first { $0.label == "Gemiddeld inkomen per inwoner" })
        #expect(income.value == nil && income.certainty == .gap)
        for figure in figures where figure.value != nil { #expect(!figure.sources.isEmpty && figure.asOf != nil) }
    }
}
