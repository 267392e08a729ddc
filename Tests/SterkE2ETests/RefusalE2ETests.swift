import Foundation
import Testing

/// Without a usable terminal the dashboard explains itself in one line and exits with 2.
@Suite("Refusing unusable terminals", .timeLimit(.minutes(1)))
struct RefusalE2ETests {
    @Test(
        .enabled(if: BuiltBinary.path != nil, "the built sterk binary was not found"),
        arguments: [[], ["dashboard"], ["_demo"]])
    func redirectedOutputGetsOneLineAndExitCodeTwo(arguments: [String]) throws {
        let binary = try #require(BuiltBinary.path)
        let errorPath = Spawn.temporaryFile()
        defer { unlink(errorPath) }
        var environment = Spawn.inheritedEnvironment()
        environment["TERM"] = "xterm-256color"
        let result = Spawn.run([binary] + arguments, environment: environment, stderrPath: errorPath)
        let message = try String(contentsOfFile: errorPath, encoding: .utf8)
        #expect(result.status == 2)
        #expect(result.output.isEmpty, "stdout must stay clean: \(result.output.debugDescription)")
        #expect(message.hasPrefix("sterk: ") && message.contains("sterk lijst"))
        #expect(message.filter { $0 == "\n" }.count == 1)
        #expect(!message.contains("\u{1B}"))
    }

    @Test(
        .enabled(if: E2E.canRunTmux, E2E.skipReason),
        arguments: [("TERM=dumb", "'dumb'"), ("TERM=bogus-terminal", "'bogus-terminal'"), ("-u TERM", "TERM")])
    func unusableTerminalTypeGetsOneLineAndNoEscapes(setting: String, mention: String) throws {
        let session = TmuxSession()
        defer { session.close() }
        let binary = try #require(BuiltBinary.path)
        let raw = session.directory + "/raw", errors = session.directory + "/stderr"
        // Wait for Enter so the raw pane output can be recorded from the very first byte.
        session.start(
            "read go; env \(setting) LANG=C.UTF-8 '\(binary)' _demo 2>'\(errors)'; "
                + "echo $? > '\(session.statusPath)'")
        session.tmux(["pipe-pane", "-t", "e2e", "-o", "cat > '\(raw)'"])
        session.send("Enter")
        #expect(session.waitForExitStatus() == 2)
        let message = try String(contentsOfFile: errors, encoding: .utf8)
        #expect(message.hasPrefix("sterk: ") && message.contains(mention) && message.contains("sterk lijst"))
        #expect(message.filter { $0 == "\n" }.count == 1)
        let output = (try? Data(contentsOf: URL(fileURLWithPath: raw))) ?? Data()
        #expect(
            !output.contains(0x1B),
            "escape bytes on the terminal: \(String(decoding: output, as: UTF8.self).debugDescription)")
    }
}
