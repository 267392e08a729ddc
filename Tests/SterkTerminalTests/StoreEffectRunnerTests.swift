import SterkUI
import Testing
@testable import SterkTerminal

@MainActor
@Suite("The main loop and store effects")
struct StoreEffectRunnerTests {
    @Test func storeEffectsGoToTheHandlerAndTheResultComesBackBeforeTheNextKey() {
        let terminal = FakeTerminal(events: [.key(.character("r")), .key(.character("x"))])
        var program = RecordingProgram(effects: [.character("r"): [.bell, .store(.reload)]])
        var handled: [Effect] = []
        let result = StoreResult.failed(.reload, message: "bezet", store: nil)
        let outcome = TerminalRunner.run(program: &program, terminal: terminal) { effect in
            handled.append(effect)
            return [.storeResult(result)]
        }
        #expect(outcome == .quit)
        #expect(handled == [.store(.reload)])
        #expect(terminal.bells == 1)
        #expect(
            program.received == [
                .resize(width: 80, height: 24), .key(.character("r")), .storeResult(result),
                .key(.character("x")),
            ])
        #expect(terminal.drawn.count == 4, "a frame after every update, the fed-back result included")
        #expect(terminal.timeouts.count == 3, "no wait for input between the effect and its result")
    }

    @Test func withoutAHandlerStoreEffectsAreDropped() {
        let terminal = FakeTerminal(events: [.key(.character("r"))])
        var program = RecordingProgram(effects: [.character("r"): [.store(.reload)]])
        #expect(TerminalRunner.run(program: &program, terminal: terminal) == .quit)
        #expect(program.received.count == 2)
    }

    @Test func quitAfterAStoreEffectStillRunsTheEffectFirst() {
        let terminal = FakeTerminal(events: [.key(.character("s"))])
        var program = RecordingProgram(effects: [.character("s"): [.store(.reload), .quit]])
        var calls = 0
        let outcome = TerminalRunner.run(program: &program, terminal: terminal) { _ in
            calls += 1; return []
        }
        #expect(outcome == .quit && calls == 1)
    }
}
