// swift-tools-version: 6.1
// In-process benchmarks (ordo-one/benchmark). A package of its own so that the default
// `swift build`, `swift test` and `.ci/run` of sterk never build the benchmark tooling.
// Run: cd Benchmarks && swift package benchmark
import PackageDescription

let package = Package(
    name: "sterk-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        // Named, because a path dependency is otherwise known by its folder name (a clone may be called anything).
        .package(name: "sterk", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "SterkBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "SterkModel", package: "sterk"),
                .product(name: "SterkUI", package: "sterk"),
            ],
            path: "Benchmarks/SterkBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
