// swift-tools-version:6.0
import PackageDescription

/// Linking the release `sterk` with the Swift runtime and Foundation inside (see DECISIONS.md).
/// Only the link gets `-static-stdlib`; the modules compile as usual, and their autolink
/// entries name the dynamic Foundation, so the static one's own parts are listed here (the
/// Synchronization runtime again after them: the linker reads archives in order).
let staticRuntime = [
    "-static-stdlib", "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCShims",
    "-l_FoundationCollections", "-lswiftSynchronization",
]

// Module layout: see DESIGN notes in DECISIONS.md.
// SterkModel has no ncurses and no SQLite; SterkTerminal is the only ncurses importer;
// SterkStore is the only SQLite importer; SterkPostgres the only PostgresNIO importer.
let package = Package(
    name: "sterk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sterk", targets: ["sterk"]),
        // The same program with the PostgreSQL client linked in; `sterk` hands a postgres://
        // store over to it, so the SQLite default never loads swift-nio and BoringSSL.
        .executable(name: "sterk-postgres", targets: ["sterk-postgres"]),
        // For the separate Benchmarks/ package, which measures the model and the views in process.
        .library(name: "SterkModel", targets: ["SterkModel"]),
        .library(name: "SterkUI", targets: ["SterkUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The shared team store (postgres://). Only SterkPostgres imports it.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // Already postgres-nio's; named for its no-op log handler.
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses", pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        // Text safety shared by the model and the UI kernel: control characters never reach a terminal.
        .target(name: "SterkText"),
        .target(
            name: "SterkModel", dependencies: ["SterkText"],
            resources: [.copy("Resources/dataset.json"), .copy("Resources/geo.json")]),
        .target(name: "SterkStore", dependencies: ["SterkModel", "CSQLite"]),
        // The same store on a PostgreSQL server; nothing of it runs unless a postgres:// store is named.
        .target(
            name: "SterkPostgres",
            dependencies: [
                "SterkStore", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        // The UI kernel knows no app: cells, buffer, geometry, width, keys, the program protocol.
        .target(name: "SterkKernel", dependencies: ["SterkText"]),
        .target(
            name: "SterkUI", dependencies: ["SterkKernel", "SterkModel", "SterkStore"],
            resources: [.copy("../../Themes")]),
        // The signal flag and crash guard in a C file of their own: one copy of their state.
        .target(name: "CTerminalSignals"),
        // Only the kernel: no path from the terminal to the dataset, the store or SQLite
        // (Tests/SterkCLITests/ModuleGraphTests checks this file).
        .target(name: "SterkTerminal", dependencies: ["CNcurses", "CTerminalSignals", "SterkKernel"]),
        .target(
            name: "SterkCommands",
            dependencies: [
                "SterkModel", "SterkStore", "SterkUI", "SterkTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // Release builds only: loading and relocating ~20 shared libraries took about half of
        // the dashboard's start-up. Debug builds, and so `swift test`, stay dynamic.
        .executableTarget(
            name: "sterk", dependencies: ["SterkCommands"],
            linkerSettings: [.unsafeFlags(staticRuntime, .when(platforms: [.linux], configuration: .release))]),
        .executableTarget(
            name: "sterk-postgres", dependencies: ["SterkCommands", "SterkPostgres"],
            linkerSettings: [.unsafeFlags(staticRuntime, .when(platforms: [.linux], configuration: .release))]),

        .testTarget(
            name: "SterkModelTests", dependencies: ["SterkModel"],
            exclude: ["Fixtures"]),
        .testTarget(name: "SterkStoreTests", dependencies: ["SterkStore", "SterkPostgres", "SterkModel"]),
        .testTarget(
            name: "SterkUITests", dependencies: ["SterkUI", "SterkModel", "SterkStore"],
            exclude: ["__Snapshots__"]),
        .testTarget(name: "SterkTerminalTests", dependencies: ["SterkTerminal", "SterkUI"]),
        // Depend on the executable so that `swift test` builds the binary these tests run.
        .testTarget(name: "SterkCLITests", dependencies: ["sterk", "sterk-postgres", "SterkModel"]),
        .testTarget(
            name: "SterkCommandsTests", dependencies: ["SterkCommands", "SterkModel", "SterkUI", "SterkStore"]),
        .testTarget(name: "SterkE2ETests", dependencies: ["sterk", "sterk-postgres"]),
    ],
    swiftLanguageModes: [.v6]
)
