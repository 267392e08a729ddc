/// Where the presentation reads the time: the system's monotonic clock, or a frozen one.
///
/// Injected so snapshot tests stay deterministic (the clock shows 00:00) and tests can
/// move time forward to check auto-advance.
public struct PresentationClock: Sendable {
    /// Time since an arbitrary fixed origin; only differences matter.
    public let now: @Sendable () -> Duration

    /// Creates a clock from a reading function.
    public init(now: @escaping @Sendable () -> Duration) {
        self.now = now
    }

    /// The monotonic system clock (unaffected by changes of the wall clock).
    public static var system: PresentationClock {
        let clock = ContinuousClock()
        let origin = clock.now
        return PresentationClock { clock.now - origin }
    }

    /// Always zero: for snapshots.
    public static let frozen = PresentationClock { .zero }
}

/// "03:07" for elapsed time; "1:02:03" from an hour on.
enum ClockText {
    static func elapsed(_ duration: Duration) -> String {
        let seconds = max(0, Int(duration.components.seconds))
        let (hours, minutes, rest) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
        let mmss = twoDigits(minutes) + ":" + twoDigits(rest)
        return hours > 0 ? "\(hours):" + mmss : mmss
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
