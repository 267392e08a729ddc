import SterkUI
import Testing
@testable import SterkTerminal

@MainActor
@Suite("The main loop")
struct TerminalRunnerTests {
    @Test func startsWithTheRealSizeAndDrawsEveryUpdate() {
        let terminal = FakeTerminal(width: 120, height: 40, events: [.key(.down), .resize(width: 60, height: 20)])
        var program = RecordingProgram(effects: [.character("q"): [.quit]])
        terminal.events.append(.key(.character("q")))
        let outcome = TerminalRunner.run(program: &program, terminal: terminal)
        #expect(outcome == .quit)
        #expect(program.received.first == .resize(width: 120, height: 40))
        #expect(program.received.count == 4)
        #expect(terminal.drawn.map(\.width) == [120, 120, 60])
        #expect(terminal.drawn.last?.line(0) == "events: 3")
    }

    /// Work the first frame must not wait for (the map geometry) starts once, after it is drawn.
    @Test func afterFirstFrameRunsOnceAfterTheFirstDraw() {
        let terminal = FakeTerminal(events: [.key(.down), .key(.down), .key(.character("q"))])
        var program = RecordingProgram(effects: [.character("q"): [.quit]])
        var drawsSeen: [Int] = []
        _ = TerminalRunner.run(
            program: &program, terminal: terminal, afterFirstFrame: { drawsSeen.append(terminal.drawn.count) })
        #expect(drawsSeen == [1])
        #expect(terminal.drawn.count == 3)
    }

    @Test func controlCQuitsWithoutReachingTheProgram() {
        let terminal = FakeTerminal(events: [.key(.control("c"))])
        var program = RecordingProgram()
        #expect(TerminalRunner.run(program: &program, terminal: terminal) == .quit)
        #expect(program.received == [.resize(width: 80, height: 24)])
    }

    @Test func effectsAreCarriedOutInOrder() {
        let terminal = FakeTerminal(events: [.key(.character("c")), .key(.character("b"))])
        var program = RecordingProgram(effects: [
            .character("c"): [.copyToClipboard("Súdwest-Fryslân"), .bell],
            .character("b"): [.bell],
        ])
        _ = TerminalRunner.run(program: &program, terminal: terminal)
        #expect(terminal.clipboard == ["Súdwest-Fryslân"])
        #expect(terminal.bells == 2)
    }

    @Test func suspendStopsAndTheProgramLaysOutAgainAfterwards() {
        let terminal = FakeTerminal(width: 120, height: 40, events: [.key(.control("z")), .key(.character("q"))])
        var program = RecordingProgram(effects: [.control("z"): [.suspend], .character("q"): [.quit]])
        #expect(TerminalRunner.run(program: &program, terminal: terminal) == .quit)
        #expect(terminal.suspensions == 1)
        #expect(
            program.received == [
                .resize(width: 120, height: 40), .key(.control("z")),
                .resize(width: 120, height: 40), .key(.character("q")),
            ])
    }

    @Test func stopSignalEndsTheRunWithShellStatus() {
        let terminal = FakeTerminal(events: [.tick, .tick, .tick])
        terminal.signalAfter = (calls: 2, signal: 15)
        var program = RecordingProgram()
        let outcome = TerminalRunner.run(program: &program, terminal: terminal)
        #expect(outcome == .signal(15))
        #expect(outcome.exitCode == 143)
        #expect(RunOutcome.quit.exitCode == 0)
    }

    @Test func waitsForeverWithoutTickIntervalAndBoundedWithOne() {
        let idle = FakeTerminal(events: [.key(.down)])
        var still = RecordingProgram()
        _ = TerminalRunner.run(program: &still, terminal: idle)
        #expect(idle.timeouts.allSatisfy { $0 == nil })

        let timed = FakeTerminal(events: [.tick])
        var presenting = RecordingProgram(tickIntervalMilliseconds: 3_000)
        _ = TerminalRunner.run(program: &presenting, terminal: timed)
        #expect(timed.timeouts.allSatisfy { ($0 ?? -1) > 2_900 && ($0 ?? -1) <= 6_000 })
        #expect((timed.timeouts.first ?? nil).map { $0 <= 3_000 } == true)
        #expect(presenting.received.contains(.tick))
    }
}

@Suite("Periodic ticks")
struct TickScheduleTests {
    @Test func keysDoNotPostponeTheNextTick() {
        let start = ContinuousClock.now
        var schedule = TickSchedule()
        #expect(schedule.timeout(interval: 500, now: start) == 500)
        #expect(schedule.timeout(interval: 500, now: start + .milliseconds(200)) == 300)
        schedule.tickDelivered(now: start + .milliseconds(501))
        #expect(schedule.timeout(interval: 500, now: start + .milliseconds(501)) == 500)
    }

    @Test func changingTheIntervalRestartsAndNilWaitsForever() {
        let start = ContinuousClock.now
        var schedule = TickSchedule()
        #expect(schedule.timeout(interval: nil, now: start) == nil)
        _ = schedule.timeout(interval: 500, now: start)
        #expect(schedule.timeout(interval: 2_000, now: start + .milliseconds(100)) == 2_000)
        #expect(schedule.timeout(interval: nil, now: start + .milliseconds(200)) == nil)
    }

    @Test func ticksMissedWhileBusyAreSkipped() {
        let start = ContinuousClock.now
        var schedule = TickSchedule()
        _ = schedule.timeout(interval: 100, now: start)
        schedule.tickDelivered(now: start + .milliseconds(1_000))
        #expect(schedule.timeout(interval: 100, now: start + .milliseconds(1_000)) == 100)
    }
}
