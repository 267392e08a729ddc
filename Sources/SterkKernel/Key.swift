/// A decoded key press, independent of ncurses key codes.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
}

/// A mouse action at a cell.
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did.
    public enum Kind: Hashable, Sendable { case click, wheelUp, wheelDown }

    public var kind: Kind
    public var x: Int
    public var y: Int

    /// Creates a mouse event.
    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

/// Everything the main loop can feed into `update`: input from the terminal, or a message
/// the app's own effect handler sent back (`Message` belongs to the app; the kernel never
/// looks inside it).
public enum ProgramEvent<Message: Hashable & Sendable>: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    case tick
    /// A message from the app's effect handler (e.g. what a store did).
    case app(Message)
}

/// What a terminal produces by itself: no app messages.
public typealias TerminalEvent = ProgramEvent<Never>

extension ProgramEvent where Message == Never {
    /// The same event for a program with app messages.
    public func carrying<Other>(_: Other.Type = Other.self) -> ProgramEvent<Other> {
        switch self {
        case let .key(key): return .key(key)
        case let .mouse(mouse): return .mouse(mouse)
        case let .resize(width, height): return .resize(width: width, height: height)
        case .tick: return .tick
        }
    }
}
