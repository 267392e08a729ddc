import Foundation
import Testing
@testable import SterkUI

/// The README's key table is generated from the keymap; this fails when they drift apart.
/// Re-generate with RECORD_SNAPSHOTS=1 swift test.
@Suite struct ReadmeKeyTableTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
    static let begin = "<!-- keys:begin (generated from the keymap; RECORD_SNAPSHOTS=1 swift test) -->\n"
    static let end = "<!-- keys:end -->"

    @Test func readmeKeyTableMatchesTheKeymap() throws {
        let generated = KeymapDocs.markdownTable()
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            var text = try String(contentsOf: Self.readme, encoding: .utf8)
            let section = try Self.section(in: text)
            text.replaceSubrange(section, with: generated)
            try text.write(to: Self.readme, atomically: true, encoding: .utf8)
        }
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        #expect(String(text[try Self.section(in: text)]) == generated)
    }

    static func section(in text: String) throws -> Range<String.Index> {
        let start = try #require(text.range(of: begin), "README lacks the keys:begin marker")
        let stop = try #require(text.range(of: end, range: start.upperBound..<text.endIndex))
        return start.upperBound..<stop.lowerBound
    }
}
