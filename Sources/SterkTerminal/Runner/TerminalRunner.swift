import SterkKernel

/// Carries out the effects the terminal itself cannot (the app's requests, e.g. store
/// writes): returns the events to feed back to the program (the app's messages).
public typealias EffectHandler<Program: TerminalProgram> =
    (ProgramEffect<Program.Request>) -> [ProgramEvent<Program.Message>]

/// The main loop: render, draw, wait for an event, update, carry out the effects.
///
/// It runs synchronously on the main thread. An async entry point would move it to a thread
/// with SIGWINCH blocked, and resizes would go unnoticed until the next key.
@MainActor
public enum TerminalRunner {
    /// Runs `program` on `terminal` until it quits, Ctrl-C is pressed or a stop signal arrives.
    ///
    /// The program first gets `.resize` with the real size. Ctrl-C always quits (the terminal
    /// is in raw mode, so it is a key, not SIGINT) and never reaches the program. `.tick` comes
    /// every `tickIntervalMilliseconds`, read again after every update. Effects the terminal
    /// does not know (`.app`) go to `handleEffect`; the events it returns reach the program
    /// before the next key is read. `afterFirstFrame` runs once, right after the first frame is
    /// on the screen (work the first frame must not wait for).
    public static func run<Program: TerminalProgram>(
        program: inout Program,
        terminal: some TerminalBackend,
        handleEffect: EffectHandler<Program>? = nil,
        afterFirstFrame: (() -> Void)? = nil
    ) -> RunOutcome {
        var afterFirstFrame = afterFirstFrame
        let clock = ContinuousClock()
        var schedule = TickSchedule()
        var pending: [ProgramEvent<Program.Message>] = []
        var event = ProgramEvent<Program.Message>.resize(width: terminal.size.width, height: terminal.size.height)
        while true {
            if event == .key(.control("c")) { return .quit }
            if event == .tick { schedule.tickDelivered(now: clock.now) }
            if perform(program.update(event), on: terminal, handler: handleEffect, feedback: &pending) { return .quit }
            let size = terminal.size
            terminal.draw(program.view(width: size.width, height: size.height))
            afterFirstFrame?()
            afterFirstFrame = nil
            if !pending.isEmpty {
                event = pending.removeFirst()
                continue
            }
            let timeout = schedule.timeout(interval: program.tickIntervalMilliseconds, now: clock.now)
            event = terminal.nextEvent(timeoutMs: timeout).carrying()
            if let signal = terminal.terminationSignal { return .signal(signal) }
        }
    }

    /// Carries out effects in order; true when one of them is `.quit`.
    private static func perform<Request, Message>(
        _ effects: [ProgramEffect<Request>], on terminal: some TerminalBackend,
        handler: ((ProgramEffect<Request>) -> [ProgramEvent<Message>])?, feedback: inout [ProgramEvent<Message>]
    ) -> Bool {
        for effect in effects {
            switch effect {
            case .quit: return true
            case .copyToClipboard(let text): terminal.copyToClipboard(text)
            case .bell: terminal.bell()
            case .suspend:
                terminal.suspend()
                // Back after `fg`: the size may have changed meanwhile, and the program lays out again.
                feedback.append(.resize(width: terminal.size.width, height: terminal.size.height))
            case .app: feedback += handler?(effect) ?? []
            }
        }
        return false
    }
}
