import ArgumentParser
import SterkModel

/// Finds a mistyped subcommand before the parser does, and suggests the nearest one.
///
/// Why: with a default subcommand, swift-argument-parser reads `sterk lijs focusgebieden`
/// as the dashboard with two stray arguments and answers with the dashboard's usage.
enum SubcommandCheck {
    /// The Dutch message for the first word that is not a subcommand where one is expected, or nil.
    static func problem(in arguments: [String], root: any ParsableCommand.Type) -> ParseProblem? {
        var command = root
        var path = [name(of: root)]
        for word in arguments {
            let subcommands = command.configuration.subcommands
            guard !word.hasPrefix("-"), word != "help", !subcommands.isEmpty else { return nil }
            guard let next = subcommands.first(where: { names(of: $0).contains(word.lowercased()) }) else {
                return ParseProblem(message: message(word, path: path, choices: subcommands))
            }
            command = next
            path.append(name(of: next))
        }
        return nil
    }

    private static func message(_ word: String, path: [String], choices: [any ParsableCommand.Type]) -> String {
        let shown = choices.filter { $0.configuration.shouldDisplay }.map(name(of:))
        return DutchParserText.unknownCommand(
            word, nearest: nearest(to: word.lowercased(), in: shown), choices: shown, path: path.joined(separator: " "))
    }

    /// The closest name by edit distance, or a unique name the word begins; nil when nothing is close.
    static func nearest(to word: String, in names: [String]) -> String? {
        let prefixed = names.filter { $0.hasPrefix(word) }
        if prefixed.count == 1 { return prefixed[0] }
        return NearMiss.suggestions(for: word, among: names.map { ([$0], $0) }, count: 1).first
    }

    private static func name(of command: any ParsableCommand.Type) -> String {
        command.configuration.commandName ?? String(describing: command).lowercased()
    }

    private static func names(of command: any ParsableCommand.Type) -> [String] {
        [name(of: command)] + command.configuration.aliases
    }
}
