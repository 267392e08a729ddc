import Foundation

/// Options that may stand before the subcommand (`sterk --data F lijst …`) and the
/// environment variable that makes a lobby machine read-only.
///
/// Why a process-wide value instead of re-inserting the options after the subcommand: not
/// every subcommand declares every option (`geschiedenis` has no `--data`, `lijst` no
/// `--store`), so re-inserting would turn a harmless global option into "onbekende optie".
/// The value is set once, before parsing, on the main thread, and only read afterwards.
struct GlobalOptions: Equatable {
    /// `--data` before the subcommand.
    var data: String?
    /// `--store` before the subcommand.
    var store: String?
    /// `--theme` before the subcommand.
    var theme: String?
    /// `--alleen-lezen` before the subcommand, or `STERK_ALLEEN_LEZEN` set to anything but empty/0/nee.
    var readOnly = false

    /// The environment variable for lobby machines: every changing command is refused.
    static let readOnlyVariable = "STERK_ALLEEN_LEZEN"

    /// The options of this process (see the type's comment for why this is global).
    nonisolated(unsafe) static var current = GlobalOptions()

    /// The field an option with a value sets, by its long name; nil for any other word.
    private static func field(_ name: String) -> WritableKeyPath<GlobalOptions, String?>? {
        switch name {
        case "--data": \.data
        case "--store": \.store
        case "--theme": \.theme
        default: nil
        }
    }

    /// Takes the global options off the front of `arguments` (up to the first word that is not
    /// one of them) and returns them with the arguments that remain; a missing value is an error.
    static func extract(from arguments: [String], environment: [String: String]) throws(ParseProblem) -> (
        GlobalOptions, [String]
    ) {
        var options = GlobalOptions()
        options.readOnly = isSet(environment[readOnlyVariable])
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if word == "--alleen-lezen" {
                options.readOnly = true
                index += 1
                continue
            }
            let (name, inlineValue) = split(word)
            guard let path = field(name) else { break }
            if let inlineValue {
                options[keyPath: path] = inlineValue
                index += 1
            } else {
                guard index + 1 < arguments.count, !arguments[index + 1].hasPrefix("--") else {
                    throw ParseProblem(message: DutchParserText.missingValue(name))
                }
                options[keyPath: path] = arguments[index + 1]
                index += 2
            }
        }
        return (options, Array(arguments[index...]))
    }

    /// "--data=F" → ("--data", "F"); "--data" → ("--data", nil).
    private static func split(_ word: String) -> (String, String?) {
        guard word.hasPrefix("--"), let equals = word.firstIndex(of: "=") else { return (word, nil) }
        return (String(word[..<equals]), String(word[word.index(after: equals)...]))
    }

    /// True for any value but nothing, "", "0", "nee", "false" and "no".
    static func isSet(_ value: String?) -> Bool {
        guard let value = value?.lowercased(), !value.isEmpty else { return false }
        return !["0", "nee", "false", "no"].contains(value)
    }
}

/// A command line the parser need not see: the Dutch message to print (exit status 64).
struct ParseProblem: Error {
    let message: String
}
