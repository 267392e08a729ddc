import Testing
@testable import SterkModel

/// The comparison query pilot's Vergelijk view builds on.
@Suite struct PilotComparisonTests {
    let dataset: Dataset

    init() throws { dataset = try DatasetLoader.loadBundled() }

    func row(_ comparison: PilotComparison, _ key: String) throws -> PilotComparison.Row {
        try #require(comparison.rows.first { $0.key == key })
    }

    @Test func vollenhoveBesideZeistTheNetherlandsAndTheComparisonAreas() throws {
        let comparison = try #require(dataset.comparison(pilotID: "vollenhove"))
        #expect(
            comparison.columns.map(\.title) == [
                "Zeist-Noord", "Zeist", "Nederland", "Feijenoord", "IJsselmonde",
                "Charlois", "Schildersbuurt", "Overvecht",
            ])
        #expect(comparison.columns[0].description == "wijk Zeist-Noord, waarin Vollenhove ligt")
        let inhabitants = try row(comparison, "inwoners")
        #expect(
            inhabitants.values.map(\.value) == [17_345, 66_641, 17_942_942, 79_440, 62_670, 70_525, 30_700, 35_255])
        #expect(
            inhabitants.values.allSatisfy {
                $0.sources == ["cbs-kwb-2024"] && $0.asOf == PartialDate(iso: "2024-01-01")
            })
        #expect(inhabitants.values[2].note == "Berekend: som van de 342 gemeenten.")
    }

    @Test func kwb2023ExtrasExistOnlyForUtrechtAndAreOnbekendElsewhere() throws {
        let comparison = try #require(dataset.comparison(pilotID: "dommelbergen"))
        let woz = try row(comparison, "g_wozbag")
        #expect(woz.values[0].value == nil && woz.values[0].certainty == .gap)
        #expect(woz.values[2].value == nil)  // Nederland: not in the Utrecht-only file
        let overvecht = try #require(comparison.columns.firstIndex { $0.title == "Overvecht" })
        #expect(woz.values[overvecht].value == 301_000 && woz.values[overvecht].sources == ["cbs-kwb-2023"])
    }

    @Test func leefbaarometerRowsUseTheNationalReference() throws {
        let comparison = try #require(dataset.comparison(pilotID: "wilgensingel"))
        #expect(comparison.columns[0].leefbaarometer?.code == "WK017701")
        let score = try row(comparison, "lbm")
        #expect(abs((score.values[2].value ?? 0) - 4.102264851144) < 1e-9)
        #expect(score.values[1].value == nil)  // a municipality has no wijk score
        let deviation = try row(comparison, "afw")
        #expect(deviation.values[2].value == 0)
    }

    @Test func startYearOnlyWhereASourceGivesIt() throws {
        #expect(dataset.comparison(pilotID: "vollenhove")?.startYear == 2020)
        #expect(dataset.comparison(pilotID: "wilgensingel")?.startYear == nil)
        #expect(dataset.comparison(pilotID: "dommelbergen")?.startYear == nil)
        #expect(dataset.comparison(pilotID: "overvecht") == nil)  // not a pilot
    }
}
