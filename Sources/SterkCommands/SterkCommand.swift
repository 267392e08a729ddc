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
    /// The program's entry point: `main()`, except that a bare `sterk` skips the argument parser.
    ///
    /// Why: with no arguments the parser can only choose the default subcommand with every
    /// option at its default, yet building its tables costs about as much CPU as drawing the
    /// first frame (type metadata and conformance look-ups on first use). The fast path does
    /// exactly what that parse leads to — `DashboardLaunch` with its defaults, each of which
    /// is the option's default — and hands any error to the same `finish(with:)`, so the
    /// messages and exit codes are the parser's. Any argument at all takes the normal path.
    public static func runFromCommandLine() {
        guard CommandLine.arguments.count <= 1 else { return runParsed() }
        do {
            try DashboardLaunch().run()
        } catch {
            finish(with: error)
        }
    }

    /// `main()`, except that the parser's own messages (help, errors) go through `Console`:
    /// `main()` prints them with `print`, which loses a failed write to a full disk silently
    /// and echoes arguments with their control characters.
    static func runParsed() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            finish(with: error)
        }
    }

    /// What `exit(withError:)` does: the parser's message for `error` and its exit status.
    static func finish(with error: any Error) -> Never {
        let message = ControlFree.lines(fullMessage(for: error))
        let code = exitCode(for: error)
        if !message.isEmpty {
            if code == .success { Console.out(message + "\n") } else { Console.error(message) }
        }
        Foundation.exit(code.rawValue)
    }
}
