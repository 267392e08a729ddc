import Foundation

/// Paths of the test fixtures, found relative to this source file (they are not bundled).
enum FixtureFiles {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")

    static var minimal: String { directory.appendingPathComponent("minimal.json").path }

    /// Every broken dataset, by file name without extension, sorted.
    static func brokenNames() throws -> [String] {
        let folder = directory.appendingPathComponent("broken")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    static func broken(_ name: String, ext: String) -> URL {
        directory.appendingPathComponent("broken").appendingPathComponent("\(name).\(ext)")
    }
}
