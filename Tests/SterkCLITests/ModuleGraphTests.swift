import Foundation
import Testing

/// The module layout holds: the terminal backend sees only the UI kernel, never the dataset,
/// the store or SQLite (checked on `Package.swift` and on the backend's imports).
@Suite("Modulegrenzen")
struct ModuleGraphTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every target's direct dependencies by name, read from `Package.swift`.
    static func targets() throws -> [String: [String]] {
        let text = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        var result: [String: [String]] = [:]
        let pattern = try NSRegularExpression(
            pattern:
                #"\.(?:target|executableTarget|systemLibrary)\(\s*name:\s*"([^"]+)"(?:,\s*dependencies:\s*\[([^\]]*)\])?"#
        )
        let range = NSRange(text.startIndex..., in: text)
        for match in pattern.matches(in: text, range: range) {
            guard let name = Range(match.range(at: 1), in: text).map({ String(text[$0]) }) else { continue }
            let list = Range(match.range(at: 2), in: text).map { String(text[$0]) } ?? ""
            let quoted = try NSRegularExpression(pattern: #""([^"]+)""#)
            result[name] = quoted.matches(in: list, range: NSRange(list.startIndex..., in: list)).compactMap {
                Range($0.range(at: 1), in: list).map { String(list[$0]) }
            }
        }
        return result
    }

    /// Everything a target reaches through its dependencies.
    static func reach(_ name: String, in graph: [String: [String]]) -> Set<String> {
        var seen: Set<String> = []
        var stack = graph[name] ?? []
        while let next = stack.popLast() {
            if seen.insert(next).inserted { stack += graph[next] ?? [] }
        }
        return seen
    }

    @Test("SterkTerminal bereikt alleen de kern: geen pad naar SterkStore, CSQLite, SterkModel of SterkUI")
    func terminalReachesOnlyTheKernel() throws {
        let graph = try Self.targets()
        #expect(
            graph["SterkTerminal"] != nil && graph["SterkStore"] != nil, "Package.swift read: \(graph.keys.sorted())")
        let reached = Self.reach("SterkTerminal", in: graph)
        #expect(reached.contains("SterkKernel"))
        #expect(
            reached.isDisjoint(with: ["SterkStore", "CSQLite", "SterkModel", "SterkUI"]), "reached: \(reached.sorted())"
        )
        #expect(
            Self.reach("SterkKernel", in: graph).isDisjoint(with: ["SterkModel", "SterkStore", "SterkUI", "CSQLite"]))
    }

    /// The PostgreSQL client (swift-nio, BoringSSL) costs resident memory just by being linked;
    /// only `sterk-postgres` carries it, and `sterk` hands server stores over to it.
    @Test("sterk bereikt SterkPostgres niet; sterk-postgres wel")
    func onlySterkPostgresLinksTheClient() throws {
        let graph = try Self.targets()
        #expect(graph["sterk"] != nil && graph["sterk-postgres"] != nil, "Package.swift read: \(graph.keys.sorted())")
        #expect(!Self.reach("sterk", in: graph).contains("SterkPostgres"))
        #expect(Self.reach("sterk-postgres", in: graph).isSuperset(of: ["SterkPostgres", "SterkCommands"]))
    }

    @Test("de bronnen van SterkTerminal importeren niets buiten de kern, ncurses en het systeem")
    func terminalImportsOnlyTheKernel() throws {
        let allowed: Set<String> = [
            "SterkKernel", "CNcurses", "CTerminalSignals", "Glibc", "Darwin", "Foundation",
            "FoundationEssentials", "Synchronization",
        ]
        let folder = Self.root.appendingPathComponent("Sources/SterkTerminal")
        let files =
            FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") } ?? []
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("import ") {
                let module = line.dropFirst("import ".count).trimmingCharacters(in: .whitespaces)
                #expect(allowed.contains(module), "\(file) imports \(module)")
            }
        }
    }
}
