/// Keeps `.tick` periodic: keys do not postpone it, and a change of interval restarts it.
///
/// A plain input timeout would restart with every key press, so a slide timer would never
/// fire while someone is typing.
struct TickSchedule {
    private var interval: Int?
    private var deadline: ContinuousClock.Instant?

    /// How long the next wait may last at `now` for a program asking for `interval` ms.
    mutating func timeout(interval newInterval: Int?, now: ContinuousClock.Instant) -> Int? {
        if newInterval != interval {
            interval = newInterval
            deadline = newInterval.map { now + .milliseconds(max(1, $0)) }
        }
        guard let deadline else { return nil }
        let left = (deadline - now) / .milliseconds(1)
        return max(0, Int(left.rounded(.up)))
    }

    /// Moves the deadline one interval past the later of "due" and "delivered", so ticks
    /// missed while busy are skipped rather than fired in a burst.
    mutating func tickDelivered(now: ContinuousClock.Instant) {
        guard let interval, let current = deadline else { return }
        deadline = max(current, now) + .milliseconds(max(1, interval))
    }
}
