import Foundation
import Testing

/// `sterk presenteer` without a terminal: --controleer, --export and the argument checks.
@Suite struct PresentCLITests {
    static let bundledDataset = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/SterkModel/Resources/dataset.json")

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sterk-presenteer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func checkPassesOnTheBundledDataset() throws {
        let result = try SterkBinary.run(["presenteer", "--controleer", "100x30"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("dia's passen op 100x30"))
    }

    @Test func checkFailsAndNamesTheSlideWithAnOverlongName() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: Self.bundledDataset, encoding: .utf8)
        let long = "Vollenhove " + Array(repeating: "Buitengewoonlangewijknaam", count: 8).joined(separator: " ")
        let variant = text.replacingOccurrences(of: "\"name\": \"Vollenhove\"", with: "\"name\": \"\(long)\"")
        #expect(variant != text, "the fixture edit must change the dataset")
        let path = folder.appendingPathComponent("lang.json").path
        try variant.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try SterkBinary.run(["presenteer", "--data", path, "--controleer", "100x30"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Niet alle dia's passen op 100x30"))
        #expect(result.stderr.contains("pilot-vollenhove"), "\(result.stderr)")
    }

    @Test func exportWritesOneFilePerSlide() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("dias").path
        let result = try SterkBinary.run(["presenteer", "--export", target, "--verberg-contact"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: target).sorted()
        #expect(files.count == 15)
        #expect(files.first == "01-titel.txt" && files.last == "15-verantwoording.txt")
        let call = try String(contentsOfFile: target + "/14-oproep.txt", encoding: .utf8)
        #expect(call.contains("Martijn van Helvert") && !call.contains("@"))
        #expect(
            call.split(separator: "\n", omittingEmptySubsequences: false).count == 31, "30 rows and a final newline")
    }

    @Test func autoDurationsAreCheckedInDutch() throws {
        for good in ["20s", "1m", "1m30s"] {
            let result = try SterkBinary.run(["presenteer", "--auto", good, "--controleer", "100x30"])
            #expect(result.status == 0, "\(good): \(result.stderr)")
        }
        for bad in ["twintig", "20", "0s", "30s1m", "-5s", "2h"] {
            let result = try SterkBinary.run(["presenteer", "--auto=\(bad)", "--controleer", "100x30"])
            #expect(result.status != 0, "\(bad) accepted")
            #expect(result.stderr.contains("begrijp ik niet"), "\(bad): \(result.stderr)")
        }
        let start = try SterkBinary.run(["presenteer", "--start", "0", "--controleer", "100x30"])
        #expect(start.status != 0 && start.stderr.contains("--start moet 1 of hoger zijn"))
    }

    @Test func screenShowsTheKaartPanel() throws {
        let result = try SterkBinary.run(["scherm", "kaart", "--grootte", "100x30"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Kaartgrenzen: © CBS"))
    }
}
