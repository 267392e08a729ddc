import ArgumentParser
import Foundation

/// The `sterk` command: the dashboard, and everything it shows as plain commands.
public struct SterkCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sterk",
        abstract: DutchHelp.abstract,
        discussion: DutchHelp.discussion,
        version: "0.1.0",
        // One subcommand per line, so adding one is a one-line change.
        subcommands: [
            DashboardCommand.self,
            ListCommand.self,
            ShowCommand.self,
            FiguresCommand.self,
            ValidateCommand.self,
            DatasetCommand.self,
            ScreenCommand.self,
            PresentCommand.self,
            VisitCommand.self,
            DemoCommand.self,
            SyntheticDatasetCommand.self,
            ProfileCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    public init() {}
}

extension SterkCommand {
    /// The program's entry point: global options first, then a check for a mistyped
    /// subcommand, then the parser, with every message in Dutch.
    ///
    /// A bare `sterk` (after taking off global options) skips the argument parser. Why: with
    /// no arguments the parser can only choose the default subcommand with every option at
    /// its default, yet building its tables costs about as much CPU as drawing the first
    /// frame (type metadata and conformance look-ups on first use). The fast path does
    /// exactly what that parse leads to — `DashboardLaunch` with its defaults — and hands any
    /// error to the same `finish(with:)`, so the messages and exit codes are the parser's.
    public static func runFromCommandLine() {
        let arguments: [String]
        do {
            (GlobalOptions.current, arguments) = try GlobalOptions.extract(
                from: RawArguments.current(), environment: ProcessInfo.processInfo.environment)
            if let problem = SubcommandCheck.problem(in: arguments, root: SterkCommand.self) { throw problem }
        } catch {
            Console.error(ControlFree.lines((error as? ParseProblem)?.message ?? "\(error)"))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            if arguments.isEmpty {
                try DashboardLaunch(theme: GlobalOptions.current.theme, readOnly: GlobalOptions.current.readOnly).run()
            } else {
                var command = try parseAsRoot(arguments)
                try command.run()
            }
        } catch {
            finish(with: error, arguments: arguments)
        }
    }

    /// What `exit(withError:)` does — the parser's message for `error` and its exit status —
    /// but in Dutch (a completion script stays as it is) and through `Console`: `main()`
    /// prints with `print`, which loses a failed write to a full disk silently and echoes
    /// arguments with their control characters.
    static func finish(with error: any Error, arguments: [String]) -> Never {
        var message = ControlFree.lines(fullMessage(for: error))
        if !arguments.contains(where: { $0.hasPrefix("--generate-completion-script") }) {
            message = DutchParserText.translate(message)
        }
        let code = exitCode(for: error)
        if !message.isEmpty {
            if code == .success { Console.out(message + "\n") } else { Console.error(message) }
        }
        Foundation.exit(code.rawValue)
    }
}
