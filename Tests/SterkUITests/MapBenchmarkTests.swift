import Foundation
import Testing
import SterkModel
@testable import SterkUI

/// Not a timed test: prints how long rasterising and re-rendering take, when asked for with
/// `MAP_BENCHMARK=1 swift test -c release --filter MapBenchmark`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["MAP_BENCHMARK"] == "1"))
struct MapBenchmarkTests {
    @Test func rasteriseAndCachedRender() throws {
        let dataset = try DatasetLoader.loadBundled()
        let started = Date()
        let geometry = try GeoLoader.loadBundled()
        let loadMs = Date().timeIntervalSince(started) * 1000
        var first: [Double] = [], cached: [Double] = []
        for _ in 0..<9 {
            let scene = MapScene(dataset: dataset, geometry: .success(geometry))
            var selection = MapSelection(scene: scene)
            first.append(
                milliseconds {
                    _ = MapView(scene: scene, selection: selection, mode: .braille).render(width: 120, height: 40)
                })
            selection.move(.right)
            cached.append(
                milliseconds {
                    _ = MapView(scene: scene, selection: selection, mode: .braille).render(width: 120, height: 40)
                })
        }
        print(
            "MAP-BENCH geo load \(format(loadMs)) ms; 120×40 braille first render median \(format(median(first))) ms; "
                + "cached re-render median \(format(median(cached))) ms")
    }

    private func milliseconds(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    private func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    private func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
