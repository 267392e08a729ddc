/// Texts generated from the keymap: footer hints, help overlay lines, the README table.
public enum KeymapDocs {
    /// The README's key table in Markdown, grouped by context.
    public static func markdownTable() -> String {
        var lines = [Dutch.keyTableHeader, "|---|---|---|---|"]
        for context in CommandContext.allCases {
            for command in Keymap.commands where command.context == context {
                let keys = command.keys.map { "`\(escape(KeyName.label($0)))`" }.joined(separator: " ")
                lines.append(
                    "| \(keys) | \(escape(command.description)) | \(context.title) | "
                        + "\(command.changesData ? Dutch.yes : Dutch.no) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Footer hints for a stack of contexts: (key label, short word) pairs.
    /// `labels` replaces a command's word where it depends on state (Kaart's `v`: "kaart" while the list shows).
    static func footerHints(
        for contexts: [CommandContext], unicode: Bool,
        labels: [CommandID: String] = [:]
    ) -> [(key: String, label: String)] {
        let ordered = contexts
        return ordered.flatMap { context in
            Keymap.commands.filter { $0.context == context && $0.footerLabel != nil }.compactMap { command in
                command.keys.first.map {
                    (KeyName.label($0, unicode: unicode), labels[command.id] ?? command.footerLabel ?? "")
                }
            }
        }
    }

    /// Help overlay lines: a heading per context, then "keys  description" rows. `readOnly`
    /// leaves out every command that changes data, and contexts that only serve changes.
    static func helpLines(unicode: Bool, readOnly: Bool = false) -> [(
        keys: String, description: String, isHeading: Bool
    )] {
        var lines: [(String, String, Bool)] = []
        for context in CommandContext.allCases where !(readOnly && Keymap.changingContexts.contains(context)) {
            lines.append((context.title, "", true))
            for command in Keymap.commands where command.context == context && !(readOnly && command.changesData) {
                let keys = command.keys.map { KeyName.label($0, unicode: unicode) }.joined(separator: " ")
                lines.append((keys, command.description, false))
            }
        }
        return lines
    }

    private static func escape(_ text: String) -> String {
        text.replacingAll("|", with: "\\|")
    }
}

extension String {
    /// Replaces every occurrence of a character (no Foundation needed).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
