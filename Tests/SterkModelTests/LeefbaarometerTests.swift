import Testing
@testable import SterkModel

/// The two identities every Leefbaarometer row satisfies, over the imported data.
@Suite struct LeefbaarometerTests {
    let lbm: Leefbaarometer

    init() throws { lbm = try DatasetLoader.loadBundled().leefbaarometer }

    @Test func everyRowHasTheSameNationalReference() throws {
        let points = lbm.allSeries.flatMap(\.points)
        #expect(points.count == 270)
        for point in points { #expect(abs(point.score - point.deviation - 4.102264851144) < 1e-9, "\(point.year)") }
        #expect(abs((lbm.nationalReference ?? 0) - 4.102264851144) < 1e-9)
    }

    @Test func theFiveDimensionsAddUpToTheDeviation() {
        var withDimensions = 0
        for series in lbm.allSeries {
            for point in series.points {
                guard let dimensions = point.dimensions else { continue }
                withDimensions += 1
                #expect(abs(dimensions.sum - point.deviation) < 1e-9, "\(series.code) \(point.year)")
            }
        }
        #expect(withDimensions == 30 * 5)
    }

    @Test func thirtyWijkenNineYearsDimensionsFrom2014ButNotIn2016() throws {
        #expect(lbm.allSeries.count == 30)
        let series = try #require(lbm.series(code: "WK082606"))
        #expect(series.points.map(\.year) == [2002, 2008, 2012, 2014, 2016, 2018, 2020, 2022, 2024])
        #expect(series.points.filter { $0.dimensions != nil }.map(\.year) == [2014, 2018, 2020, 2022, 2024])
        #expect(series.sources == ["bzk-leefbaarometer-3"])
        for code in ["WK035502", "WK017701", "WK034403", "WK051829", "WK059910", "WK059912", "WK059915"] {
            #expect(lbm.series(code: code) != nil, "\(code)")
        }
    }

    @Test func aRowWithFourDimensionsIsRefused() {
        guard case let .failure(problem) = Leefbaarometer.split("WK017701|Raalte|2014|4.1|0.01|0.01|0|0|0|") else {
            Issue.record("geaccepteerd")
            return
        }
        #expect(problem.field == 6)
    }
}
