import ArgumentParser
import Foundation

/// The `sterk` command: the dashboard, and everything it shows as plain commands.
public struct SterkCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sterk",
        abstract: "Sterk voor onze wijken — dashboard en opdrachten voor de M50.",
        discussion: "Zonder opdracht opent het dashboard in de terminal.",
        version: "0.1.0",
        // One subcommand per line, so adding one is a one-line change.
        subcommands: [
            DashboardCommand.self,
            ListCommand.self,
            ShowCommand.self,
            FiguresCommand.self,
            ValidateCommand.self,
            ScreenCommand.self,
            PresentCommand.self,
            WerkbezoekCommand.self,
            DemoCommand.self,
            GenerateCommand.self,
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
    /// error to the same `exitDutch`, so the messages and exit codes are the parser's.
    public static func runFromCommandLine() {
        let arguments: [String]
        do {
            (GlobalOptions.current, arguments) = try GlobalOptions.extract(
                from: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
            if let problem = SubcommandCheck.problem(in: arguments, root: SterkCommand.self) { throw problem }
        } catch {
            Console.error((error as? ParseProblem)?.message ?? "\(error)")
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
            exitDutch(error, arguments: arguments)
        }
    }

    /// `exit(withError:)` with the parser's text translated (a completion script stays as it is).
    private static func exitDutch(_ error: any Error, arguments: [String]) -> Never {
        let code = exitCode(for: error)
        var text = fullMessage(for: error)
        if !arguments.contains(where: { $0.hasPrefix("--generate-completion-script") }) {
            text = DutchParserText.translate(text)
        }
        if code == .success {
            if !text.isEmpty { Console.out(text + "\n") }
        } else if !text.isEmpty {
            Console.error(text)
        }
        Foundation.exit(code.rawValue)
    }
}
