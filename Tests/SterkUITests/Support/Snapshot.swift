import Foundation
import Testing

/// Plain-text golden files in `__Snapshots__/`; `RECORD_SNAPSHOTS=1` re-records them.
enum Snapshot {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("__Snapshots__")
    }

    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// Compares `text` with `__Snapshots__/name.txt`; a missing file fails unless recording.
    static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent(name + ".txt")
        let actual = text + "\n"
        if isRecording {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record(
                "snapshot \(name).txt ontbreekt; neem op met RECORD_SNAPSHOTS=1 swift test",
                sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record(
                Comment(rawValue: "snapshot \(name).txt wijkt af:\n" + diff(expected, actual)),
                sourceLocation: sourceLocation)
        }
    }

    /// Differing lines only, numbered: "- 12 |expected" then "+ 12 |actual".
    static func diff(_ expected: String, _ actual: String) -> String {
        let left = expected.components(separatedBy: "\n")
        let right = actual.components(separatedBy: "\n")
        var lines: [String] = []
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? left[index] : "(geen regel)"
            let b = index < right.count ? right[index] : "(geen regel)"
            if a != b { lines += [String(format: "-%3d |", index + 1) + a, String(format: "+%3d |", index + 1) + b] }
        }
        return lines.joined(separator: "\n")
    }
}
