#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif
import CNcurses
import SterkKernel

extension NcursesTerminal {
    /// Longest single wait, so a stop signal is noticed even if ncurses resumes its read.
    private static let signalPollMilliseconds = 100

    /// Waits up to `timeoutMs` (nil: no limit) for a key, click, wheel step or resize.
    ///
    /// Returns `.tick` when the time ran out, or early when a stop signal arrived.
    public func nextEvent(timeoutMs: Int?) -> TerminalEvent {
        let clock = ContinuousClock()
        let deadline = timeoutMs.map { clock.now + .milliseconds($0) }
        while terminationSignal == nil {
            let left = deadline.map { max(0, Int((($0 - clock.now) / .milliseconds(1)).rounded(.up))) }
            wtimeout(window, Int32(min(left ?? Self.signalPollMilliseconds, Self.signalPollMilliseconds)))
            var value: wint_t = 0
            let status = wget_wch(window, &value)
            switch KeyDecoder.decode(status: status, value: UInt32(value)) {
            case .key(let key): return .key(key)
            case .resize: return .resize(width: size.width, height: size.height)
            case .mouse: if let event = readMouse() { return .mouse(event) }
            case .timeout:
                if let left, left == 0 { return .tick }
                if Self.stdinHungUp() { inputHungUp = true }
            case .ignored: continue
            }
        }
        return .tick
    }

    /// True when the terminal is gone: ncurses reports an end of input as a timeout, so a
    /// closed terminal whose SIGHUP did not reach us (a job of a shell that was killed) made
    /// this loop spin at full CPU for ever.
    private static func stdinHungUp() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) > 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    private func readMouse() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        return MouseDecoder.decode(buttons: event.bstate, x: Int(event.x), y: Int(event.y))
    }
}
