// swift-tools-version:6.0
// Coverage-guided fuzz targets (libFuzzer). A package of its own, so that the default
// `swift build`, `swift test` and their CI run never compile with the fuzzer's instrumentation.
// Build and run: scripts/fuzz.sh TARGET SECONDS  (targets: dataset, theme, import, dates).
import PackageDescription

/// Each target is one `LLVMFuzzerTestOneInput`; libFuzzer brings `main`.
func fuzzTarget(_ name: String, _ products: [String]) -> Target {
    .executableTarget(name: name, dependencies: products.map { .product(name: $0, package: "sterk") },
                      path: "Targets/\(name)")
}

let package = Package(
    name: "sterk-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        // Named, because a path dependency is otherwise known by its folder name (a clone may be called anything).
        .package(name: "sterk", path: ".."),
    ],
    targets: [
        fuzzTarget("FuzzDataset", ["SterkModel"]),
        fuzzTarget("FuzzTheme", ["SterkUI"]),
        fuzzTarget("FuzzImport", ["SterkStore"]),
        fuzzTarget("FuzzDates", ["SterkModel", "SterkStore"]),
    ],
    swiftLanguageModes: [.v6]
)
