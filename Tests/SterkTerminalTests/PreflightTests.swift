import Testing
@testable import SterkTerminal

@Suite("Refusing terminals that cannot work")
struct PreflightTests {
    @Test func redirectedStreamsAreRefusedFirst() {
        #expect(
            Preflight.problem(stdinIsTerminal: true, stdoutIsTerminal: false, terminalType: "xterm") == .notATerminal)
        #expect(Preflight.problem(stdinIsTerminal: false, stdoutIsTerminal: true, terminalType: nil) == .notATerminal)
    }

    @Test func missingOrDumbTerminalType() {
        #expect(
            Preflight.problem(stdinIsTerminal: true, stdoutIsTerminal: true, terminalType: nil) == .terminalTypeUnset)
        #expect(
            Preflight.problem(stdinIsTerminal: true, stdoutIsTerminal: true, terminalType: "") == .terminalTypeUnset)
        #expect(
            Preflight.problem(stdinIsTerminal: true, stdoutIsTerminal: true, terminalType: "dumb")
                == .noCursorAddressing(terminalType: "dumb"))
        #expect(Preflight.problem(stdinIsTerminal: true, stdoutIsTerminal: true, terminalType: "tmux-256color") == nil)
    }

    @Test(arguments: [
        TerminalError.notATerminal, .terminalTypeUnset, .noCursorAddressing(terminalType: "dumb"),
        .unknownTerminalType("bogus"),
    ])
    func everyMessageIsOneDutchLineNamingTheAlternative(error: TerminalError) {
        #expect(!error.message.contains("\n"))
        #expect(error.message.hasPrefix("sterk: "))
        #expect(error.message.contains("sterk lijst"))
    }

    @Test func noColorNeedsAValue() {
        #expect(TerminalOptions(environment: ["NO_COLOR": "1"]).noColor)
        #expect(!TerminalOptions(environment: ["NO_COLOR": ""]).noColor)
        #expect(!TerminalOptions(environment: [:]).noColor)
        #expect(TerminalOptions(environment: ["TMUX": "/tmp/tmux-0/default,1,0"]).insideTmux)
    }
}
