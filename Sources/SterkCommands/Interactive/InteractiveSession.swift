import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials  // ProcessInfo without ICU
#else
    import Foundation
#endif
import SterkTerminal
import SterkUI

/// Opens the terminal, runs one program on it and always gives the terminal back.
///
/// Shared by every full-screen command (dashboard, presentation, `_demo`).
@MainActor
enum InteractiveSession {
    /// Exit status when the terminal cannot be used (not a TTY, `TERM=dumb`, unknown `TERM`).
    static let notATerminalExitCode: Int32 = 2

    /// Runs the program that `makeProgram` builds for the probed capabilities; `handleEffect`
    /// carries out the effects the terminal cannot (the dashboard's store writes).
    ///
    /// Load data *before* calling this, so load errors print on a normal screen. Throws
    /// `ExitCode(2)` after a one-line Dutch explanation when there is no usable terminal, and
    /// `ExitCode(128 + signal)` after SIGTERM/SIGHUP/SIGINT.
    static func run<Program: TerminalProgram>(
        mouse: Bool, ascii: Bool, handleEffect: EffectHandler<Program>? = nil,
        afterFirstFrame: (() -> Void)? = nil,
        makeProgram: (TerminalCapabilities) throws -> Program
    ) throws {
        let terminal = try open(mouse: mouse)
        defer { terminal.shutdown() }
        var capabilities = terminal.capabilities
        if ascii { capabilities.unicode = false }
        var program = try makeProgram(capabilities)
        let outcome = TerminalRunner.run(
            program: &program, terminal: terminal, handleEffect: handleEffect, afterFirstFrame: afterFirstFrame)
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }

    private static func open(mouse: Bool) throws -> NcursesTerminal {
        let options = TerminalOptions(mouse: mouse, environment: ProcessInfo.processInfo.environment)
        do throws(TerminalError) {
            return try NcursesTerminal(options: options)
        } catch {
            Console.error(error.message)
            throw ExitCode(notATerminalExitCode)
        }
    }
}
