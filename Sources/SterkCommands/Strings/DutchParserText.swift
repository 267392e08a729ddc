import Foundation

/// The argument parser's English messages and help headings in Dutch.
///
/// swift-argument-parser has no localisation; its wording is fixed text with the names and
/// values filled in, so each template is matched line by line and rewritten. A line that
/// matches no template stays as it is (new parser versions degrade to English, not to nothing).
enum DutchParserText {
    /// "waarde ontbreekt bij ‘--data’".
    static func missingValue(_ option: String) -> String {
        "Fout: waarde ontbreekt bij ‘\(option)’."
    }

    /// A word where a subcommand is expected (SubcommandCheck): the word, the nearest
    /// subcommand if one is close, the choices and where to read more, one line each.
    static func unknownCommand(_ word: String, nearest: String?, choices: [String], path: String) -> String {
        [
            "Onbekende opdracht ‘\(word)’." + (nearest.map { " Bedoelt u ‘\(path) \($0)’?" } ?? ""),
            "Opdrachten: " + choices.joined(separator: ", ") + ".",
            "Zie ‘\(path) --help’ voor uitleg.",
        ].joined(separator: "\n")
    }

    /// Every line of `text` with the known templates translated.
    static func translate(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in rules.reduce(String(line)) { $1.apply(to: $0) } }
            .joined(separator: "\n")
    }

    private struct Rule {
        let expression: NSRegularExpression?
        let template: String

        init(_ pattern: String, _ template: String) {
            expression = try? NSRegularExpression(pattern: pattern)
            self.template = template
        }

        func apply(to line: String) -> String {
            guard let expression else { return line }
            let range = NSRange(line.startIndex..., in: line)
            return expression.stringByReplacingMatches(in: line, range: range, withTemplate: template)
        }
    }

    private static let rules: [Rule] = [
        Rule("^Error: ", "Fout: "),
        Rule("Missing expected argument '(.*)'", "verplicht argument ontbreekt: ‘$1’"),
        Rule("Missing one of: '(.*)'", "een van deze ontbreekt: ‘$1’"),
        Rule("([0-9]+) unexpected arguments: '(.*)'", "$1 onverwachte argumenten: ‘$2’"),
        Rule("Unexpected argument '(.*)'", "onverwacht argument ‘$1’"),
        Rule("Unknown option '([^']*)'. Did you mean '([^']*)'\\?", "onbekende optie ‘$1’. Bedoelt u ‘$2’?"),
        Rule("Unknown option '(.*)'", "onbekende optie ‘$1’"),
        Rule("Missing value for '(.*)'", "waarde ontbreekt bij ‘$1’"),
        Rule("The value '([^']*)' is invalid for '([^']*)'", "de waarde ‘$1’ is ongeldig voor ‘$2’"),
        Rule("The value '([^']*)' is invalid\\.", "de waarde ‘$1’ is ongeldig."),
        Rule("\\. Please provide one of the following:", ". Kies een van deze:"),
        Rule("\\. Please provide one of (.*)\\.$", ". Kies $1."),
        Rule(
            "The option '([^']*)' does not take any value, but '(.*)' was specified\\.",
            "de optie ‘$1’ neemt geen waarde, maar ‘$2’ werd gegeven."),
        Rule("Value to be set with (.*) had already been set with (.*)", "$1 zet een waarde die al gezet was met $2"),
        Rule("^Help:  ", "Uitleg: "),
        Rule("^Usage: ", "Gebruik: "),
        Rule("^  See '(.*)' for more information\\.", "  Zie ‘$1’ voor meer uitleg."),
        Rule("^  See '(.*) <subcommand>' for detailed help\\.", "  Zie ‘$1 <opdracht>’ voor uitleg per opdracht."),
        Rule("^OVERVIEW: ", "OVERZICHT: "),
        Rule("^USAGE: ", "GEBRUIK: "),
        Rule("^ARGUMENTS:$", "ARGUMENTEN:"),
        Rule("^OPTIONS:$", "OPTIES:"),
        Rule("^SUBCOMMANDS:$", "OPDRACHTEN:"),
        Rule("Show help information\\.", "Toon deze uitleg."),
        Rule("Show the version\\.", "Toon het versienummer."),
        Rule("<subcommand>", "<opdracht>"),
        Rule("\\(default\\)$", "(standaard)"),
        Rule("\\(default: ", "(standaard: "),
        Rule("\\(values: ", "(waarden: "),
        Rule("; default: ", "; standaard: "),
        Rule("' and '", "' of '"),
        Rule(" or '", " of '"),
    ]
}
