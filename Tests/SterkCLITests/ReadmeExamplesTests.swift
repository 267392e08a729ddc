import Foundation
import Testing

/// The README is executable: every ```sh block runs, in order, on a fresh store, exactly as
/// written — except blocks marked `<!-- readme-test: skip (why) -->` (package installs,
/// full-screen programs, benchmarks).
///
/// `sterk` and `swift run sterk` are shell functions for the binary under test (a nested
/// `swift run` would wait for the build lock `swift test` holds). The clock is pinned with
/// `STERK_NU` to a day before the README's dates, so the examples stay valid as the
/// calendar moves on; a separate check keeps the README's dates after that day.
@Suite struct ReadmeExamplesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let pinnedNow = "2026-12-04T09:00:00Z"

    struct Block {
        let line: Int
        let text: String
        let skipped: Bool
    }

    static func blocks() throws -> [Block] {
        let lines = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
            .components(separatedBy: "\n")
        var blocks: [Block] = []
        var index = 0
        while index < lines.count {
            guard lines[index] == "```sh" else { index += 1; continue }
            let previous = lines[..<index].last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
            let end = lines[(index + 1)...].firstIndex(of: "```") ?? lines.count
            blocks.append(
                Block(
                    line: index + 1, text: lines[(index + 1)..<end].joined(separator: "\n"),
                    skipped: previous.hasPrefix("<!-- readme-test: skip")))
            index = end + 1
        }
        return blocks
    }

    @Test func everyCommandBlockRunsInOrderOnAFreshStore() throws {
        let blocks = try Self.blocks()
        #expect(blocks.filter { !$0.skipped }.count >= 6)
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("sterk-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: home.appendingPathComponent("work"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        // `valideer Sources/SterkModel/Resources/dataset.json` names the repository's file.
        try FileManager.default.createSymbolicLink(
            at: home.appendingPathComponent("work/Sources"),
            withDestinationURL: Self.root.appendingPathComponent("Sources"))
        // `dataset genereer --controleer` reads the repository's data/ (and writes nothing).
        try FileManager.default.createSymbolicLink(
            at: home.appendingPathComponent("work/data"),
            withDestinationURL: Self.root.appendingPathComponent("data"))
        var outputs: [String] = []
        for block in blocks where !block.skipped {
            let result = try run(block.text, home: home)
            #expect(
                result.status == 0,
                "README block at line \(block.line) failed (\(result.status)):\n\(block.text)\n--- stderr:\n\(result.stderr)"
            )
            outputs.append(result.stdout)
        }
        let all = outputs.joined(separator: "\n")
        #expect(all.contains("WB-2026-001 vastgelegd"))
        #expect(all.contains("Annulering van de agenda-afspraak voor WB-2026-001 geschreven naar bezoek.ics."))
        let ics = try String(contentsOf: home.appendingPathComponent("work/bezoek.ics"), encoding: .utf8)
        #expect(ics.contains("DTSTART:20270409T110000Z"))
        #expect(ics.contains("STATUS:CONFIRMED"))
        #expect(ics.contains("SEQUENCE:5"))  // created + five status changes
    }

    @Test func theReadmeDatesLieAfterThePinnedDay() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let dates = text.matches(of: /"(20[0-9]{2}-[0-9]{2}-[0-9]{2}) [0-9]{2}:[0-9]{2}/).map { String($0.output.1) }
        #expect(!dates.isEmpty)
        for date in dates {
            #expect(date > String(Self.pinnedNow.prefix(10)), "README date \(date) is not after the pinned day")
        }
    }

    private func run(_ block: String, home: URL) throws -> SterkBinary.Result {
        let preamble = """
            set -eo pipefail
            sterk() { "$STERK" "$@"; }
            swift() { if [ "$1" = run ] && [ "$2" = sterk ]; then shift 2; "$STERK" "$@"; else echo "README test: not running swift $*" >&2; return 99; fi; }
            cd "$HOME/work"

            """
        let folder = home.appendingPathComponent("out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let out = folder.appendingPathComponent("out").path, err = folder.appendingPathComponent("err").path
        var environment = ProcessInfo.processInfo.environment
        environment["STERK"] = SterkBinary.path
        environment["HOME"] = home.path
        for name in ["XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "STERK_ALLEEN_LEZEN"] {
            environment[name] = nil
        }
        environment["STERK_NU"] = Self.pinnedNow
        environment["USER"] = "readme"
        let status = SterkBinary.spawn(
            ["/bin/bash", "-c", preamble + block], stdout: out, stderr: err, environment: environment)
        return SterkBinary.Result(
            status: status, stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    }
}
