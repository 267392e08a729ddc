import Benchmark
import Foundation
import SterkModel
import SterkUI

/// Datasets made once per process: synthetic bytes, the decoded dataset, a warm cache.
enum BenchData {
    nonisolated(unsafe) static var bytes: [Int: [UInt8]] = [:]
    nonisolated(unsafe) static var datasets: [Int: Dataset] = [:]

    static func json(_ count: Int) -> [UInt8] {
        if let known = bytes[count] { return known }
        let made = SyntheticDataset.generate(count: count, seed: 1)
        bytes[count] = made
        return made
    }

    static func dataset(_ count: Int) -> Dataset {
        if let known = datasets[count] { return known }
        do {
            let made = try DatasetLoader.decode(bytes: json(count), fileName: "synthetisch-\(count).json")
            datasets[count] = made
            return made
        } catch {
            fatalError("synthetic dataset \(count) does not validate: \(error)")
        }
    }

    /// A dataset file with a written cache beside it, in a temporary directory.
    static func cachedFile(_ count: Int) -> (path: String, cache: String) {
        let directory = NSTemporaryDirectory() + "sterk-bench-\(count)"
        let path = directory + "/dataset.json"
        if !FileManager.default.fileExists(atPath: path) {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: path, contents: Foundation.Data(json(count)))
        }
        _ = try? DatasetCache.load(path: path, directory: directory + "/cache")
        return (path, directory + "/cache")
    }

    static func dashboard(_ count: Int, panel: Panel = .focusgebieden) -> Dashboard {
        var dashboard = Dashboard(dataset: dataset(count), options: DashboardOptions(initialPanel: panel))
        _ = dashboard.update(.resize(width: 120, height: 40))
        return dashboard
    }
}

let sizes = [1_000, 100_000, 1_000_000]

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident, .instructions],
        timeUnits: .microseconds,
        maxDuration: .seconds(10),
        maxIterations: 20
    )

    for count in sizes {
        let few = count >= 1_000_000 ? 3 : (count >= 100_000 ? 5 : 20)
        Benchmark("decode+validate JSON \(count)", configuration: .init(maxIterations: few)) { benchmark in
            let bytes = BenchData.json(count)
            benchmark.startMeasurement()
            blackHole(try DatasetLoader.decode(bytes: bytes, fileName: "b.json"))
        }
        Benchmark("load from cache \(count)", configuration: .init(maxIterations: few * 2)) { benchmark in
            let file = BenchData.cachedFile(count)
            benchmark.startMeasurement()
            blackHole(try DatasetCache.load(path: file.path, directory: file.cache))
        }
        Benchmark("dashboard start + first frame \(count)", configuration: .init(maxIterations: few * 2)) { benchmark in
            let dataset = BenchData.dataset(count)
            benchmark.startMeasurement()
            var dashboard = Dashboard(dataset: dataset)
            _ = dashboard.update(.resize(width: 120, height: 40))
            blackHole(dashboard.view(width: 120, height: 40))
        }
        Benchmark("full frame 120x40 Focusgebieden \(count)") { benchmark in
            let dashboard = BenchData.dashboard(count)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations { blackHole(dashboard.view(width: 120, height: 40)) }
        }
        Benchmark("row move (update + render) \(count)") { benchmark in
            var dashboard = BenchData.dashboard(count)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                _ = dashboard.update(.key(.down))
                blackHole(dashboard.view(width: 120, height: 40))
            }
        }
    }
    for count in [100_000, 1_000_000] {
        Benchmark("search: type 'oo' then 's' \(count)", configuration: .init(maxIterations: 10)) { benchmark in
            var dashboard = BenchData.dashboard(count)
            benchmark.startMeasurement()
            _ = dashboard.update(.key(.character("/")))
            for character in "oos" {
                _ = dashboard.update(.key(.character(character)))
                blackHole(dashboard.view(width: 120, height: 40))
            }
        }
        Benchmark("filter keys 'veld' (model only) \(count)", configuration: .init(maxIterations: 10)) { benchmark in
            let keys = BenchData.dataset(count).focusAreas.store.searchKeys
            benchmark.startMeasurement()
            blackHole(keys.rows(containing: "veld"))
        }
        Benchmark("sort by name \(count)", configuration: .init(maxIterations: 5)) { benchmark in
            var dashboard = BenchData.dashboard(count)
            benchmark.startMeasurement()
            _ = dashboard.update(.key(.character("s")))
            blackHole(dashboard.view(width: 120, height: 40))
        }
    }
}
