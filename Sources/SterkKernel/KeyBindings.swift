/// Keys bound to an app's commands, each in a named context. A situation (normal, searching,
/// a form) stacks several contexts; earlier contexts win. The app owns the command and context
/// types and their wording; this is only the table, the look-up and the clash check.
public struct KeyBindings<Command: Hashable & Sendable, Context: Hashable & Sendable>: Sendable {
    /// One command with every key that runs it, in one context.
    public struct Binding: Sendable {
        public let command: Command
        public let keys: [Key]
        public let context: Context

        public init(_ command: Command, _ keys: [Key], _ context: Context) {
            self.command = command
            self.keys = keys
            self.context = context
        }
    }

    /// Two commands a key could mean in one situation.
    public struct Clash: Equatable, Sendable {
        public let key: Key
        /// The command the key runs (its context comes first) and the one it hides.
        public let winner: Command
        public let hidden: Command

        public init(key: Key, winner: Command, hidden: Command) {
            self.key = key
            self.winner = winner
            self.hidden = hidden
        }
    }

    /// Every binding, in the order given.
    public let bindings: [Binding]
    /// Per context, which command each key runs; the first binding of a key in a context wins.
    private let table: [Context: [Key: Command]]

    public init(_ bindings: [Binding]) {
        self.bindings = bindings
        var table: [Context: [Key: Command]] = [:]
        for binding in bindings {
            for key in binding.keys where table[binding.context]?[key] == nil {
                table[binding.context, default: [:]][key] = binding.command
            }
        }
        self.table = table
    }

    /// The command for a key in a stack of contexts (earlier contexts win), if any.
    public func command(for key: Key, in contexts: [Context]) -> Command? {
        for context in contexts {
            if let command = table[context]?[key] { return command }
        }
        return nil
    }

    /// Keys that mean two commands in the situation `contexts`, except where a context is
    /// allowed to take keys from later ones (`overrides[earlier]` holds those later contexts).
    public func clashes(in contexts: [Context], overrides: [Context: Set<Context>] = [:]) -> [Clash] {
        var seen: [Key: Binding] = [:]
        var clashes: [Clash] = []
        let ordered = contexts.flatMap { context in bindings.filter { $0.context == context } }
        for binding in ordered {
            for key in binding.keys {
                guard let earlier = seen[key] else {
                    seen[key] = binding
                    continue
                }
                if overrides[earlier.context]?.contains(binding.context) != true {
                    clashes.append(Clash(key: key, winner: earlier.command, hidden: binding.command))
                }
            }
        }
        return clashes
    }
}
