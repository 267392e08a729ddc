import Foundation
import Testing

/// Issue 11 item 8 in a real terminal: names with zero-width and format characters, ZWJ
/// emoji, flags and skin tones leave no stale cell and shift no border. tmux measures with
/// the C library's wcwidth, like ncurses; its screen must equal the dashboard's own text
/// (`sterk scherm`), and every box row must be exactly as wide as the pane.
@Suite("Unicode-breedte in tmux", .enabled(if: E2E.canRunTmux, E2E.skipReason), .timeLimit(.minutes(1)))
struct UnicodeWidthE2ETests {
    static let names = [
        "Oost\u{200B}\u{200E}wijk\u{FEFF}", "Familie 👨\u{200D}👩\u{200D}👧 Noord", "Vlag 🇳🇱 en ❤\u{FE0F}",
        "\u{061C}Zuid\u{200F} 👍🏽 \u{200C}\u{200D}", "東京 e\u{301} 1\u{FE0F}\u{20E3} \u{2066}x\u{2069}",
    ]

    @Test func bordersStayPutAndNoCellGoesStale() throws {
        let session = TmuxSession()
        defer { session.close() }
        let data = try Self.writeDataset(into: session.directory)
        let environment = "LANG=C.UTF-8 TERM=tmux-256color XDG_CACHE_HOME='\(session.directory)/cache'"
        session.startSterk("dashboard --data '\(data)'", environment: environment)
        #expect(session.waitFor("Focusgebieden").ok)
        session.send("2")
        let (first, shown) = session.waitFor("Enter: de hele fiche")
        #expect(shown, "no Focusgebieden screen:\n\(first)")
        let expected = try #require(Self.headless(data: data, cache: session.directory + "/cache"))
        #expect(
            Self.trimmed(first) == Self.trimmed(expected),
            "tmux shows something else than the dashboard drew:\n\(first)")
        Self.expectWholeRows(first)
        // Move over every such row (each move redraws only what changed), then open a fiche.
        for row in 1...Self.names.count {
            session.send("Down")
            let (screen, ok) = session.waitFor("\(row + 1)/20")
            #expect(ok)
            Self.expectWholeRows(screen)
        }
        session.send("Up", "Up", "Up", "Up", "Enter")
        let (detail, opened) = session.waitForScreen {
            $0.contains("▶ Familie 👨👩👧 Noord") && $0.contains("Inwoners: 64 duizend")
        }
        #expect(opened, "no fiche:\n\(detail)")
        Self.expectWholeRows(detail)
        session.send("q")
        #expect(session.waitForExitStatus() == 0)
    }

    /// Every row of the two boxes (rows 1 to 37) takes exactly 120 cells by the C library's
    /// measure and ends in a box edge (or the "more below" mark a document draws on it); the
    /// list box's right edge stands in one column.
    static func expectWholeRows(_ screen: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 38 else {
            Issue.record("short screen:\n\(screen)", sourceLocation: sourceLocation)
            return
        }
        var junctions: Set<Int> = []
        for line in lines[1...37] {
            #expect(
                TerminalWidth.of(line) == 120, "row is \(TerminalWidth.of(line)) cells: \(line)",
                sourceLocation: sourceLocation)
            #expect(
                line.last.map { "│┐┘↓".contains($0) } == true, "row ends wrong: \(line)", sourceLocation: sourceLocation
            )
            if let edge = line.firstIndex(where: { "│┐┘".contains($0) && $0 != line.first }) {
                junctions.insert(TerminalWidth.of(String(line[..<edge])))
            }
        }
        #expect(
            junctions.count == 1, "the list box's right edge moves: columns \(junctions.sorted())",
            sourceLocation: sourceLocation)
    }

    static func trimmed(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).prefix(37).map {
            String($0.reversed().drop { $0 == " " }.reversed())
        }
    }

    /// The bundled dataset with five focus areas renamed.
    static func writeDataset(into directory: String) throws -> String {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/SterkModel/Resources/dataset.json")
        var root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: source)) as? [String: Any])
        var areas = try #require(root["focusAreas"] as? [[String: Any]])
        for (index, name) in names.enumerated() { areas[index]["name"] = name }
        root["focusAreas"] = areas
        let path = directory + "/unicode.json"
        try JSONSerialization.data(withJSONObject: root).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// `sterk scherm focusgebieden` at the pane's size: the buffer the dashboard draws.
    static func headless(data: String, cache: String) -> String? {
        var environment = Spawn.inheritedEnvironment()
        environment["XDG_CACHE_HOME"] = cache
        environment["LANG"] = "C.UTF-8"
        let result = Spawn.run(
            [BuiltBinary.path ?? "sterk", "scherm", "focusgebieden", "--grootte", "120x40", "--data", data],
            environment: environment)
        return result.status == 0 ? result.output : nil
    }
}

/// Width as the terminal measures it: the C library's wcwidth in a UTF-8 locale.
enum TerminalWidth {
    typealias WidthFunction = @convention(c) (wchar_t) -> Int32
    private static let wcwidth: WidthFunction? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "wcwidth") else { return nil }
        return unsafeBitCast(symbol, to: WidthFunction.self)
    }()

    static func of(_ text: String) -> Int {
        guard let wcwidth, let utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) else { return -1 }
        let previous = uselocale(utf8)
        defer { uselocale(previous); freelocale(utf8) }
        return text.unicodeScalars.reduce(0) { $0 + Int(wcwidth(wchar_t(bitPattern: $1.value))) }
    }
}
