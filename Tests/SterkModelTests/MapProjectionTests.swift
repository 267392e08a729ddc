import Testing
@testable import SterkModel

/// The projection keeps the country's proportions, fits it whole and centres it.
@Suite struct MapProjectionTests {
    let box = GeoBounds(minLon: 3.358, minLat: 50.75, maxLon: 7.227, maxLat: 53.555)

    /// Width over height of the projected country in physical cell widths.
    func physicalAspect(_ projection: MapProjection) -> Double {
        let northWest = projection.dot(GeoPoint(lon: box.minLon, lat: box.maxLat))
        let southEast = projection.dot(GeoPoint(lon: box.maxLon, lat: box.minLat))
        let width = (southEast.x - northWest.x) / Double(projection.dots.across)
        let height = (southEast.y - northWest.y) / Double(projection.dots.down) * projection.cellAspect
        return width / height
    }

    @Test(arguments: [(120, 40, DotsPerCell.braille), (80, 24, .halfBlock), (40, 20, .single), (200, 10, .braille)])
    func proportionsDoNotDependOnTheGrid(columns: Int, rows: Int, dots: DotsPerCell) {
        let projection = MapProjection(bounds: box, columns: columns, rows: rows, dots: dots)
        let expected = (box.maxLon - box.minLon) * MapProjection.longitudeScale / (box.maxLat - box.minLat)
        #expect(abs(physicalAspect(projection) - expected) < 1e-9)
    }

    @Test func tallGridFillsTheWidthAndCentresVertically() {
        let projection = MapProjection(bounds: box, columns: 40, rows: 100, dots: .braille)
        let west = projection.dot(GeoPoint(lon: box.minLon, lat: box.maxLat))
        let east = projection.dot(GeoPoint(lon: box.maxLon, lat: box.minLat))
        #expect(abs(west.x) < 1e-9 && abs(east.x - 80) < 1e-9)
        #expect(abs(west.y - (Double(projection.dotRows) - east.y)) < 1e-9)
    }

    @Test func wideGridFillsTheHeightAndCentresHorizontally() {
        let projection = MapProjection(bounds: box, columns: 120, rows: 40, dots: .braille)
        let west = projection.dot(GeoPoint(lon: box.minLon, lat: box.maxLat))
        let east = projection.dot(GeoPoint(lon: box.maxLon, lat: box.minLat))
        #expect(abs(west.y) < 1e-9 && abs(east.y - 160) < 1e-9)
        #expect(abs(west.x - (Double(projection.dotColumns) - east.x)) < 1e-9)
    }

    @Test func inverseUndoesTheProjection() throws {
        let projection = MapProjection(bounds: box, columns: 80, rows: 24, dots: .braille)
        let zeist = GeoPoint(lon: 5.233, lat: 52.089)
        let dot = projection.dot(zeist)
        let back = projection.point(dotX: dot.x, dotY: dot.y)
        #expect(abs(back.lon - zeist.lon) < 1e-9 && abs(back.lat - zeist.lat) < 1e-9)
        let (column, row) = try #require(projection.cell(zeist))
        #expect(projection.bounds(column: column, row: row).contains(zeist))
    }

    @Test func emptyGridHasNoCells() {
        #expect(MapProjection(bounds: box, columns: 0, rows: 5).cell(GeoPoint(lon: 5, lat: 52)) == nil)
    }
}
