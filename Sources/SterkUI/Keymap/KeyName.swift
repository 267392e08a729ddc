/// How keys are written in the footer, the help overlay and the README.
public enum KeyName {
    /// A short, readable name: "Tab", "Shift-Tab", "Ctrl-C", "↑", "PgDn", "q".
    public static func label(_ key: Key, unicode: Bool = true) -> String {
        switch key {
        case let .character(character): return character == " " ? Dutch.spaceKey : String(character)
        case let .control(character): return "Ctrl-" + String(character).uppercased()
        case .up: return unicode ? "↑" : "Up"
        case .down: return unicode ? "↓" : "Down"
        case .left: return unicode ? "←" : "Left"
        case .right: return unicode ? "→" : "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case let .function(number): return "F\(number)"
        }
    }
}
