import Testing
@testable import SterkModel
@testable import SterkUI

/// What must stay cheap with a big dataset: the Overzicht chart and placing map markers.
@Suite("Grote datasets: grafiek en kaart")
struct ScaleTests {
    @Test("de welvaartsgrafiek rangschikt zoals filteren en sorteren op de gedecodeerde gebieden")
    func rankingEqualsTheDecodedSort() {
        for dataset in [Fixtures.bundled, BigTableTests.dataset] {
            let charts = OverviewCharts(parts: DocumentParts(dataset: dataset, unicode: true))
            let expected = dataset.focusAreas.indices.filter { dataset.focusAreas[$0].lowWelfareShare.value != nil }
                .sorted { a, b in
                    let (x, y) = (
                        dataset.focusAreas[a].lowWelfareShare.value ?? 0,
                        dataset.focusAreas[b].lowWelfareShare.value ?? 0
                    )
                    return x != y ? x > y : a < b
                }
            #expect(charts.rowsByLowWelfare() == expected)
        }
    }

    @Test("de grafiek toont hoogstens welfareBars gebieden en noemt de rest")
    func chartIsCapped() throws {
        let dataset = BigTableTests.dataset
        let charts = OverviewCharts(parts: DocumentParts(dataset: dataset, unicode: true))
        let ranked = charts.rowsByLowWelfare()
        try #require(ranked.count > OverviewCharts.welfareBars)
        let paragraphs = charts.welfare()
        let bars = paragraphs.filter { if case .bar = $0.kind { return true } else { return false } }
        #expect(bars.count <= OverviewCharts.welfareBars + 1, "the areas plus the programme average")
        let more = DutchPresentation.welfareMore(ranked.count - OverviewCharts.welfareBars)
        #expect(paragraphs.contains { $0.plainText == more })
    }

    @Test("meer markers dan vakjes: elk krijgt een vakje binnen het raster")
    func moreMarkersThanCells() {
        let bounds = GeoBounds(minLon: 3, minLat: 50, maxLon: 7, maxLat: 54)
        let projection = MapProjection(bounds: bounds, columns: 8, rows: 4)
        let markers = (0..<5_000).map { index in
            MapMarker(
                kind: .focusArea, entity: .focusArea(id: "fa-\(index)"), name: "gebied \(index)",
                municipalityCode: "GM0001",
                location: Location(lat: 50 + Double(index % 40) / 10, lon: 3 + Double(index % 37) / 10))
        }
        let cells = MarkerPlacement(projection: projection).place(markers)
        #expect(cells.count == markers.count)
        #expect(Set(cells).count == 8 * 4, "every cell is used once the grid is full")
        #expect(cells.allSatisfy { $0.column >= 0 && $0.column < 8 && $0.row >= 0 && $0.row < 4 })
    }
}
