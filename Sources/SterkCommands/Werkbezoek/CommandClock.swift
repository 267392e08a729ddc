import Foundation

/// "Now" for the werkbezoek commands: the system clock, or `STERK_NU` when set.
///
/// Why: the README's examples are run by a test; their dates must lie in the future for the
/// past-date checks, and references carry the year. Pinning the clock keeps that test true
/// after the calendar moves on (the same idea as `SOURCE_DATE_EPOCH` for reproducible builds).
enum CommandClock {
    /// The variable: an ISO 8601 instant, e.g. `2026-12-04T09:00:00Z`.
    static let variable = "STERK_NU"

    /// The pinned instant, else the system clock; an unreadable value is reported and ignored.
    static var now: Date {
        guard let text = ProcessInfo.processInfo.environment[variable], !text.isEmpty else { return Date() }
        guard let date = ISO8601DateFormatter().date(from: text) else {
            CommandFailure.printError(DutchWerkbezoekInput.clockIgnored(variable, text))
            return Date()
        }
        return date
    }
}
