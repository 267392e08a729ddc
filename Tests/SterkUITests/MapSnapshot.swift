import Foundation
import Testing

/// Compares text with a golden file in `__Snapshots__`; `RECORD_SNAPSHOTS=1` (re)writes it.
///
/// Minimal on purpose: the map tests need only plain-text screens. A failure names the
/// file and prints the first differing line of both versions.
enum MapSnapshot {
    static func assert(_ actual: String, named name: String, filePath: String = #filePath,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
        let file = directory.appendingPathComponent("\(name).txt")
        let text = actual + "\n"
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("snapshot \(file.lastPathComponent) ontbreekt; neem op met RECORD_SNAPSHOTS=1",
                         sourceLocation: sourceLocation)
            return
        }
        guard expected != text else { return }
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(old.count, new.count)).first { old[$0] != new[$0] } ?? min(old.count, new.count)
        let was = line < old.count ? String(old[line]) : "(einde)"
        let now = line < new.count ? String(new[line]) : "(einde)"
        let message = "snapshot \(file.lastPathComponent) wijkt af op regel \(line + 1):\n  was: \(was)\n  nu:  \(now)\n"
        Issue.record(Comment(rawValue: message + "nieuwe versie:\n" + actual), sourceLocation: sourceLocation)
    }
}
