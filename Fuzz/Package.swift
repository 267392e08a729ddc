// swift-tools-version:6.0
// Coverage-guided fuzz targets (libFuzzer). A package of its own, so that the default
// `swift build`, `swift test` and their CI run never compile with the fuzzer's instrumentation.
// Build and run: scripts/fuzz.sh TARGET SECONDS  (targets: dataset, theme, import, dates).
//
// The modules under test come in through symbolic links (Sources/X -> ../../Sources/X), not as
// a path dependency on the root package: a dependency would make SwiftPM fetch everything the
// root package depends on (postgres-nio, swift-nio, swift-crypto with BoringSSL, argument
// parser), none of which these modules use. So the declarations below repeat the root
// Package.swift's for these six modules; when one there gains a dependency or resource, repeat
// it here (CI's fuzz step fails to build until then).
import PackageDescription

/// Each target is one `LLVMFuzzerTestOneInput`; libFuzzer brings `main`.
func fuzzTarget(_ name: String, _ modules: [Target.Dependency]) -> Target {
    .executableTarget(name: name, dependencies: modules, path: "Targets/\(name)")
}

let package = Package(
    name: "sterk-fuzz",
    platforms: [.macOS(.v13)],
    targets: [
        // As in ../Package.swift.
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "SterkText"),
        .target(
            name: "SterkModel", dependencies: ["SterkText"],
            resources: [.copy("Resources/dataset.json"), .copy("Resources/geo.json")]),
        .target(name: "SterkStore", dependencies: ["SterkModel", "CSQLite"]),
        .target(name: "SterkKernel", dependencies: ["SterkText"]),
        .target(
            name: "SterkUI", dependencies: ["SterkKernel", "SterkModel", "SterkStore"],
            resources: [.copy("../../Themes")]),  // Fuzz/Themes, a link to the root's Themes

        fuzzTarget("FuzzDataset", ["SterkModel"]),
        fuzzTarget("FuzzTheme", ["SterkUI"]),
        fuzzTarget("FuzzImport", ["SterkStore"]),
        fuzzTarget("FuzzDates", ["SterkModel", "SterkStore"]),
    ],
    swiftLanguageModes: [.v6]
)
