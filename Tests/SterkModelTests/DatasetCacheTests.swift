import Foundation
import Testing
@testable import SterkModel

@Suite("Datasetcache")
struct DatasetCacheTests {
    /// A fresh directory with a synthetic dataset file in it.
    final class Workspace {
        let directory: String
        var dataset: String { directory + "/dataset.json" }
        var cacheDirectory: String { directory + "/cache" }
        var cacheFile: String { DatasetCache.cachePath(for: dataset, in: cacheDirectory) }

        init(count: Int = 300, seed: UInt64 = 3) throws {
            directory = NSTemporaryDirectory() + "sterk-cache-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try write(count: count, seed: seed)
        }

        func write(count: Int, seed: UInt64) throws {
            try Data(SyntheticDataset.generate(count: count, seed: seed)).write(to: URL(fileURLWithPath: dataset))
        }

        func load() throws -> (Dataset, DatasetCache.Outcome) {
            try DatasetCache.load(path: dataset, directory: cacheDirectory)
        }

        deinit { try? FileManager.default.removeItem(atPath: directory) }
    }

    static func expectSame(_ a: Dataset, _ b: Dataset) {
        #expect(a.focusAreas == b.focusAreas)
        #expect(a.municipalities == b.municipalities)
        #expect(a.sources == b.sources)
        #expect(a.wijken == b.wijken)
        #expect(a.m50 == b.m50)
        #expect(a.paper == b.paper)
        #expect(a.title == b.title)
        for row in [0, 17, a.focusAreas.count - 1] {
            #expect(a.focusAreas.store.searchKey(row) == b.focusAreas.store.searchKey(row))
            #expect(a.focusArea(a.focusAreas[row].id) == b.focusAreas[row])
        }
    }

    @Test("de cache geeft dezelfde dataset als het JSON-bestand")
    func roundTrip() throws {
        let workspace = try Workspace()
        let direct = try DatasetLoader.load(path: workspace.dataset)
        let (built, first) = try workspace.load()
        #expect(first == .rebuilt)
        let (cached, second) = try workspace.load()
        #expect(second == .usedCache)
        Self.expectSame(direct, built)
        Self.expectSame(direct, cached)
    }

    @Test("een gewijzigd bestand maakt de cache ongeldig")
    func stale() throws {
        let workspace = try Workspace(count: 300, seed: 3)
        _ = try workspace.load()
        try workspace.write(count: 301, seed: 4)
        let (dataset, outcome) = try workspace.load()
        #expect(outcome == .rebuilt)
        #expect(dataset.focusAreas.count == 301)
        Self.expectSame(dataset, try DatasetLoader.load(path: workspace.dataset))
        // Same size, other bytes: the modification time still tells them apart.
        let size = try FileManager.default.attributesOfItem(atPath: workspace.dataset)[.size] as? Int
        try workspace.write(count: 301, seed: 5)
        #expect(
            try FileManager.default.attributesOfItem(atPath: workspace.dataset)[.size] as? Int != nil && size != nil)
        #expect(try workspace.load().1 == .rebuilt)
    }

    @Test(
        "een beschadigde of afgekapte cache wordt genegeerd en opnieuw gemaakt",
        arguments: ["rommel", "afgekapt", "bitfout", "leeg"])
    func corrupt(kind: String) throws {
        let workspace = try Workspace()
        _ = try workspace.load()
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: workspace.cacheFile)))
        switch kind {
        case "rommel": bytes = (0..<bytes.count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        case "afgekapt": bytes = Array(bytes.prefix(bytes.count / 2))
        case "bitfout": bytes[bytes.count - 100] ^= 0x10
        default: bytes = []
        }
        try Data(bytes).write(to: URL(fileURLWithPath: workspace.cacheFile))
        let (dataset, outcome) = try workspace.load()
        #expect(outcome == .rebuilt)
        Self.expectSame(dataset, try DatasetLoader.load(path: workspace.dataset))
        #expect(try workspace.load().1 == .usedCache)
    }

    /// A hand-made cache passes the checksum; its key offsets are equal for one row, which
    /// made `keyRange` end before it starts (a trap) before the offsets had to rise.
    @Test("een cache met gelijke sleutel-offsets en een kloppende checksum wordt opnieuw gemaakt")
    func forgedKeyOffsets() throws {
        let workspace = try Workspace()
        _ = try workspace.load()
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: workspace.cacheFile)))
        let header = ByteBlob(copying: bytes)
        let store = Int(header.uint64(at: 88))
        let keyOffsetsSection = FocusAreaStore.Section.keyOffsets.rawValue
        let keyOffsets = store + Int(header.uint64(at: store + 16 + keyOffsetsSection * 16))
        for index in 8..<16 { bytes[keyOffsets + index] = 0 }  // row 0's key ends where it starts
        let checksum = ByteBlob(copying: bytes).checksum(DatasetCache.headerSize..<bytes.count)
        withUnsafeBytes(of: checksum.littleEndian) { raw in
            for (offset, byte) in raw.enumerated() { bytes[104 + offset] = byte }
        }
        try Data(bytes).write(to: URL(fileURLWithPath: workspace.cacheFile))
        let (dataset, outcome) = try workspace.load()
        #expect(outcome == .rebuilt)
        Self.expectSame(dataset, try DatasetLoader.load(path: workspace.dataset))
    }

    @Test("een ongeldig bestand geeft dezelfde fouten als zonder cache, en geen cache")
    func invalid() throws {
        let workspace = try Workspace()
        var text = try String(contentsOfFile: workspace.dataset, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"municipality\": \"GM0003\"", with: "\"municipality\": \"GM9999\"")
        try text.write(toFile: workspace.dataset, atomically: true, encoding: .utf8)
        #expect(throws: DatasetError.self) { _ = try workspace.load() }
        #expect(!FileManager.default.fileExists(atPath: workspace.cacheFile))
    }
}
