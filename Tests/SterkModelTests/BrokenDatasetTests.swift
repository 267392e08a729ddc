import Foundation
import Testing
@testable import SterkModel

/// Each file in Fixtures/broken must fail with exactly the error text in its .expected file.
/// Re-record with RECORD_SNAPSHOTS=1 (then read every changed .expected file before committing).
@Suite struct BrokenDatasetTests {
    static let names = (try? FixtureFiles.brokenNames()) ?? []

    @Test func corpusIsNotEmpty() {
        #expect(Self.names.count >= 12)
    }

    @Test(arguments: names)
    func brokenFileGivesItsExactError(name: String) throws {
        let path = FixtureFiles.broken(name, ext: "json").path
        var message = "(geladen zonder fout)"
        do {
            _ = try DatasetLoader.load(path: path, displayName: "\(name).json")
        } catch {
            message = error.description
        }
        let expectedURL = FixtureFiles.broken(name, ext: "expected")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try (message + "\n").write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(message + "\n" == expected)
    }

    @Test func missingFileIsReportedByName() {
        #expect(throws: DatasetError.self) {
            try DatasetLoader.load(path: "/nonexistent/dataset.json")
        }
        do {
            _ = try DatasetLoader.load(path: "/nonexistent/dataset.json")
        } catch {
            #expect(error.description == "/nonexistent/dataset.json: kan het bestand niet lezen: bestand bestaat niet")
        }
    }

    @Test func directoryIsNotADataset() {
        do {
            _ = try DatasetLoader.load(path: FixtureFiles.directory.path)
            Issue.record("a directory loaded as a dataset")
        } catch {
            #expect(error.description.hasSuffix("dit is een map, geen bestand"))
        }
    }
}
