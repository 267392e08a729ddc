import SterkModel

/// Text from the data made safe for a terminal or pipe: no escape sequences get through.
enum ControlFree {
    static func text(_ value: String) -> String { ControlCharacters.strip(value) }

    /// Like `text`, but keeps line breaks (each line is cleaned on its own).
    static func lines(_ value: String) -> String {
        value.split(separator: "\n", omittingEmptySubsequences: false).map { text(String($0)) }.joined(separator: "\n")
    }
}
