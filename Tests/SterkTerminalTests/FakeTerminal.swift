import SterkTerminal
import SterkUI

/// A scripted terminal: hands out queued events and records what the runner did.
@MainActor
final class FakeTerminal: TerminalBackend {
    var size: TerminalSize
    var events: [TerminalEvent]
    /// Raised after this many `nextEvent` calls (nil: never).
    var signalAfter: (calls: Int, signal: Int32)?
    private(set) var drawn: [ScreenBuffer] = []
    private(set) var timeouts: [Int?] = []
    private(set) var clipboard: [String] = []
    private(set) var bells = 0

    init(width: Int = 80, height: Int = 24, events: [TerminalEvent]) {
        size = TerminalSize(width: width, height: height)
        self.events = events
    }

    func draw(_ buffer: ScreenBuffer) { drawn.append(buffer) }

    func nextEvent(timeoutMs: Int?) -> TerminalEvent {
        timeouts.append(timeoutMs)
        if events.isEmpty { return .key(.control("c")) }  // never hang a test
        let event = events.removeFirst()
        if case .resize(let width, let height) = event { size = TerminalSize(width: width, height: height) }
        return event
    }

    var terminationSignal: Int32? {
        guard let signalAfter, timeouts.count >= signalAfter.calls else { return nil }
        return signalAfter.signal
    }

    func copyToClipboard(_ text: String) { clipboard.append(text) }
    func bell() { bells += 1 }
    private(set) var suspensions = 0
    func suspend() { suspensions += 1 }
}

/// Records every event and answers keys with scripted effects.
struct RecordingProgram: TerminalProgram {
    var received: [InputEvent] = []
    var effects: [Key: [Effect]] = [:]
    var tickIntervalMilliseconds: Int?

    mutating func update(_ event: InputEvent) -> [Effect] {
        received.append(event)
        if case .key(let key) = event { return effects[key] ?? [] }
        return []
    }

    func view(width: Int, height: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        buffer.write("events: \(received.count)", x: 0, y: 0)
        return buffer
    }
}
