// swift-tools-version:6.0
import PackageDescription

// Module layout: see DESIGN notes in DECISIONS.md.
// SterkModel has no ncurses and no SQLite; SterkTerminal is the only ncurses importer;
// SterkStore is the only SQLite importer.
let package = Package(
    name: "sterk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sterk", targets: ["sterk"]),
        // For the separate Benchmarks/ package, which measures the model and the views in process.
        .library(name: "SterkModel", targets: ["SterkModel"]),
        .library(name: "SterkUI", targets: ["SterkUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(name: "CNcurses", pkgConfig: "ncursesw",
                       providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "SterkModel",
                resources: [.copy("Resources/dataset.json"), .copy("Resources/geo.json")]),
        .target(name: "SterkStore", dependencies: ["SterkModel", "CSQLite"]),
        .target(name: "SterkUI", dependencies: ["SterkModel", "SterkStore"],
                resources: [.copy("../../Themes")]),
        .target(name: "SterkTerminal", dependencies: ["CNcurses", "SterkUI"]),
        .target(name: "SterkCommands", dependencies: [
            "SterkModel", "SterkStore", "SterkUI", "SterkTerminal",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "sterk", dependencies: ["SterkCommands"]),

        .testTarget(name: "SterkModelTests", dependencies: ["SterkModel"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "SterkStoreTests", dependencies: ["SterkStore", "SterkModel"]),
        .testTarget(name: "SterkUITests", dependencies: ["SterkUI", "SterkModel", "SterkStore"],
                    exclude: ["__Snapshots__"]),
        .testTarget(name: "SterkTerminalTests", dependencies: ["SterkTerminal", "SterkUI"]),
        // Depend on the executable so that `swift test` builds the binary these tests run.
        .testTarget(name: "SterkCLITests", dependencies: ["sterk", "SterkModel"]),
        .testTarget(name: "SterkE2ETests", dependencies: ["sterk"]),
    ],
    swiftLanguageModes: [.v6]
)
